"""Services: routing, every status transition, due dates, memberships, attachments."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from kouryu.cases import services
from kouryu.cases.models import Case, CaseEvent, Message, Region, RoutingRule, Status
from kouryu.cases.services import REQUESTER_TRANSITIONS, TRANSITIONS, CaseConflict
from kouryu.cases.tests.factories import (
    EHIME,
    FUKUOKA,
    HYOGO,
    KOBE,
    KOCHI,
    TIANJIN,
    TOKYO,
    OrganisationFactory,
    case_make,
    category,
    docx_file,
    pdf_file,
    requester,
    staff_account,
)
from kouryu.core.tests.factories import UserFactory
from kouryu.places.tests.factories import gazetteer_place

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english(client):
    """These tests read the messages in English: the admin as an English-speaking staff
    member sees it, and the services' messages in the active language."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def office_rules():
    """The office's duties, as the demo sets them (issue 9)."""
    deputy, assistant, researcher = staff_account(), staff_account(), staff_account()
    RoutingRule.objects.create(priority=10, category=category("research"), assignee=researcher)
    RoutingRule.objects.create(priority=11, category=category("partner"), assignee=researcher)
    RoutingRule.objects.create(priority=20, place=gazetteer_place(HYOGO), assignee=deputy)
    RoutingRule.objects.create(priority=30, region=Region.SHIKOKU, assignee=assistant)
    RoutingRule.objects.create(priority=31, region=Region.KYUSHU, assignee=assistant)
    return {"deputy": deputy, "assistant": assistant, "researcher": researcher}


def _from(code, country="JP"):
    return requester(OrganisationFactory(place=gazetteer_place(code, country)))


@pytest.mark.parametrize(
    ("code", "country", "slug", "who"),
    [
        (HYOGO, "JP", "visit", "deputy"),
        (KOBE, "JP", "information", "deputy"),  # a city within Hyogo
        (EHIME, "JP", "visit", "assistant"),  # Shikoku
        (KOCHI, "JP", "activity", "assistant"),  # Shikoku
        (FUKUOKA, "JP", "information", "assistant"),  # Kyushu
        (HYOGO, "JP", "research", "researcher"),
        (TIANJIN, "CN", "partner", "researcher"),
        (TOKYO, "JP", "visit", None),  # the office queue
        (TIANJIN, "CN", "information", None),
    ],
)
def test_routing_follows_the_office_s_duties(office_rules, code, country, slug, who):
    case = case_make(_from(code, country), slug=slug)
    assert case.assignee == (office_rules[who] if who else None)
    if who:
        event = case.events.get(kind=CaseEvent.Kind.ASSIGNED)
        assert event.assignee == office_rules[who]


def test_an_inactive_rule_routes_nothing(office_rules):
    RoutingRule.objects.filter(place__isnull=False).update(active=False)
    assert case_make(_from(HYOGO), slug="visit").assignee is None


def test_due_dates_follow_the_category_s_targets_and_calendar(monkeypatch):
    # Received on Fri 13 Feb 2026 in Beijing: 2 working days to the first response (the
    # make-up Saturday, then the Tuesday after the Spring Festival), 5 to the answer.
    received = datetime.datetime(2026, 2, 13, 10, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: received)
    case = case_make(requester(), slug="information")
    assert case.first_response_due == datetime.date(2026, 2, 24)
    assert case.resolution_due == datetime.date(2026, 2, 27)


def test_due_dates_on_the_japanese_calendar_skip_golden_week(monkeypatch):
    information = category("information")
    information.calendar = "jp"
    information.save()
    received = datetime.datetime(2026, 4, 28, 10, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: received)
    case = case_make(requester(), slug="information")
    assert case.first_response_due == datetime.date(2026, 5, 1)
    assert case.resolution_due == datetime.date(2026, 5, 11)


def test_an_unapproved_member_cannot_submit():
    user = requester(status="pending")
    with pytest.raises(PermissionDenied):
        case_make(user)
    assert not Case.objects.exists()


def test_a_user_without_organisation_cannot_submit():
    with pytest.raises(PermissionDenied):
        case_make(UserFactory())


def test_the_same_submission_twice_makes_one_case():
    user = requester()
    key = "6d3f8a1e-4b4e-4a57-8f0b-0d0b7c5c3a11"
    first = case_make(user, submission_key=key)
    second = case_make(user, submission_key=key)
    assert first.pk == second.pk
    assert Case.objects.count() == 1


def test_fields_of_other_categories_are_not_kept():
    case = case_make(requester(), slug="information", delegates=8, cities="北京")
    assert case.delegates is None and case.cities == ""
    visit = case_make(requester(), slug="visit", delegates=8, cities="北京", car=True)
    assert (visit.delegates, visit.cities, visit.car) == (8, "北京", True)


ALL = list(Status.values)


@pytest.mark.parametrize(("before", "after"), [(b, a) for b in ALL for a in ALL])
def test_every_status_transition_by_staff(before, after):
    staff = staff_account().user
    case = case_make(requester())
    Case.objects.filter(pk=case.pk).update(status=before, resolved_at=timezone.now())
    case.refresh_from_db()
    if after in TRANSITIONS[before]:
        changed = services.case_transition(case=case, to=after, by=staff)
        assert changed.status == after
        event = case.events.filter(kind=CaseEvent.Kind.STATUS).get()
        assert (event.from_status, event.to_status, event.by) == (before, after, staff)
    else:
        with pytest.raises(ValidationError):
            services.case_transition(case=case, to=after, by=staff)
        case.refresh_from_db()
        assert case.status == before
        assert not case.events.filter(kind=CaseEvent.Kind.STATUS).exists()


@pytest.mark.parametrize(("before", "after"), [(b, a) for b in ALL for a in ALL])
def test_every_status_transition_by_the_requester(before, after):
    user = requester()
    case = case_make(user)
    Case.objects.filter(pk=case.pk).update(status=before, resolved_at=timezone.now())
    case.refresh_from_db()
    if after in TRANSITIONS[before] and (before, after) in REQUESTER_TRANSITIONS:
        assert services.case_transition(case=case, to=after, by=user).status == after
    else:
        with pytest.raises((ValidationError, PermissionDenied)):
            services.case_transition(case=case, to=after, by=user)
        case.refresh_from_db()
        assert case.status == before


def test_the_requester_may_reopen_only_within_the_set_time():
    user = requester()
    case = case_make(user)
    late = timezone.now() - datetime.timedelta(days=services.REOPEN_DAYS + 1)
    Case.objects.filter(pk=case.pk).update(status=Status.RESOLVED, resolved_at=late)
    with pytest.raises(ValidationError, match="reopened within"):
        services.case_transition(case=Case.objects.get(pk=case.pk), to="reopened", by=user)
    # Staff may still reopen it.
    staff = staff_account().user
    reopened = services.case_transition(case=Case.objects.get(pk=case.pk), to="reopened", by=staff)
    assert reopened.status == Status.REOPENED and reopened.resolved_at is None


def test_another_organisation_s_member_cannot_change_a_case():
    case = case_make(requester())
    Case.objects.filter(pk=case.pk).update(status=Status.RESOLVED, resolved_at=timezone.now())
    with pytest.raises(PermissionDenied):
        services.case_transition(case=Case.objects.get(pk=case.pk), to="reopened", by=requester())


def test_resolved_cases_close_after_the_reopening_time():
    case = case_make(requester())
    old = timezone.now() - datetime.timedelta(days=services.REOPEN_DAYS + 1)
    Case.objects.filter(pk=case.pk).update(status=Status.RESOLVED, resolved_at=old)
    fresh = case_make(requester())
    Case.objects.filter(pk=fresh.pk).update(status=Status.RESOLVED, resolved_at=timezone.now())
    assert services.cases_close_resolved() == 1
    assert Case.objects.get(pk=case.pk).status == Status.CLOSED
    assert Case.objects.get(pk=fresh.pk).status == Status.RESOLVED


def test_assignment_and_reassignment_are_recorded_with_who():
    staff, other = staff_account(), staff_account()
    case = case_make(requester())
    case = services.case_assign(case=case, assignee=staff, by=staff.user, version=case.version)
    case = services.case_assign(case=case, assignee=other, by=staff.user, version=case.version)
    events = list(case.events.filter(kind=CaseEvent.Kind.ASSIGNED))
    assert [(e.assignee, e.by) for e in events] == [(staff, staff.user), (other, staff.user)]


def test_a_change_on_an_old_version_is_refused_and_names_the_other_change():
    first, second = staff_account(), staff_account()
    case = case_make(requester())
    seen = case.version
    services.case_transition(case=case, to="in_progress", by=first.user, version=seen)
    with pytest.raises(CaseConflict) as conflict:
        services.case_assign(case=case, assignee=second, by=second.user, version=seen)
    assert first.user.get_username() in conflict.value.message
    assert str(Status.IN_PROGRESS.label) in conflict.value.message
    assert Case.objects.get(pk=case.pk).assignee is None


def test_a_requester_message_on_a_waiting_case_sets_it_in_progress():
    user = requester()
    case = case_make(user)
    staff = staff_account().user
    case = services.case_transition(case=case, to="waiting", by=staff)
    services.message_add(case=case, by=user, body="名簿を添付します。")
    assert Case.objects.get(pk=case.pk).status == Status.IN_PROGRESS


def test_a_message_and_the_status_it_changes_are_one_step(monkeypatch, run_tasks, mailoutbox):
    assignee = staff_account()
    RoutingRule.objects.create(assignee=assignee)
    user = requester()
    case = case_make(user)
    case = services.case_transition(case=case, to="waiting", by=assignee.user)

    def refused(**kwargs):
        raise services.TransitionRefused("refused")

    monkeypatch.setattr(services, "case_transition", refused)
    with pytest.raises(ValidationError):
        run_tasks(services.message_add, case=case, by=user, body="名簿を添付します。")
    # Nothing stored, nobody told: the message was not accepted.
    assert not case.messages.filter(body="名簿を添付します。").exists()
    assert mailoutbox == []


def test_a_requester_cannot_write_on_a_closed_case():
    user = requester()
    case = case_make(user)
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED)
    with pytest.raises(ValidationError):
        services.message_add(case=Case.objects.get(pk=case.pk), by=user, body="追加です")


def test_the_first_reply_is_the_first_response():
    case = case_make(requester())
    staff = staff_account().user
    services.message_add(case=case, by=staff, body="メモ", kind=Message.Kind.NOTE)
    assert Case.objects.get(pk=case.pk).first_responded_at is None
    services.message_add(case=case, by=staff, body="承知しました", kind=Message.Kind.REPLY)
    assert Case.objects.get(pk=case.pk).first_responded_at is not None


def test_a_former_member_can_no_longer_write():
    user = requester()
    case = case_make(user)
    services.membership_end(membership=user.case_memberships.get())
    with pytest.raises(PermissionDenied):
        services.message_add(case=case, by=user, body="まだ見えますか")


def test_membership_approval_needs_a_confirmed_organisation():
    user = UserFactory()
    membership = services.organisation_propose(user=user, name="新しい町", language="ja")
    staff = staff_account().user
    with pytest.raises(ValidationError):
        services.membership_approve(membership=membership, by=staff)
    services.organisation_confirm(
        organisation=membership.organisation, place=gazetteer_place(EHIME), by=staff
    )
    assert services.membership_approve(membership=membership, by=staff).is_active


def test_a_name_proposed_twice_is_one_organisation():
    first = services.organisation_propose(user=UserFactory(), name="Dalian FAO", language="en")
    second = services.organisation_propose(user=UserFactory(), name="dalian fao", language="en")
    assert first.organisation == second.organisation


def test_one_current_membership_per_login():
    user = requester()
    with pytest.raises(ValidationError):
        services.membership_request(user=user, organisation=OrganisationFactory())


@pytest.mark.parametrize("make", [pdf_file, docx_file])
def test_accepted_attachments_are_stored_privately(make):
    case = case_make(requester(), files=[make()])
    attachment = case.messages.get().attachments.get()
    assert attachment.content_type in services.ALLOWED_TYPES.values()
    assert attachment.name.startswith("plan.")
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018 - no public address


@pytest.mark.parametrize(
    ("upload", "reason"),
    [
        (SimpleUploadedFile("tool.exe", b"MZ\x90\x00", "application/octet-stream"), "not accepted"),
        (SimpleUploadedFile("plan.pdf", b"MZ\x90\x00program", "application/pdf"), "not the kind"),
        (SimpleUploadedFile("photo.png", b"%PDF-1.4", "image/png"), "not the kind"),
        (
            SimpleUploadedFile("plan.docx", b"PK\x03\x04broken", "application/msword"),
            "not the kind",
        ),
        (SimpleUploadedFile("empty.txt", b"", "text/plain"), "empty"),
    ],
)
def test_refused_attachments_say_why_and_make_no_case(upload, reason):
    with pytest.raises(ValidationError, match=reason):
        case_make(requester(), files=[upload])
    assert not Case.objects.exists()


def test_an_attachment_over_the_size_limit_is_refused(settings):
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * services.MAX_FILE_SIZE, "application/pdf")
    with pytest.raises(ValidationError, match="larger than 10 MB"):
        case_make(requester(), files=[big])


def test_a_long_file_name_is_shortened_and_keeps_its_extension():
    long_name = "訪問日程" * 60 + ".pdf"  # 244 characters
    case = case_make(requester(), files=[pdf_file(long_name)])
    attachment = case.messages.get().attachments.get()
    assert len(attachment.name) == services.MAX_NAME_LENGTH
    assert attachment.name.endswith("訪問日程.pdf") and attachment.content_type == "application/pdf"


def test_a_title_with_line_breaks_is_stored_on_one_line():
    case = case_make(requester(), title="知事訪中\r\n日程の相談\n")
    assert case.title == "知事訪中 日程の相談"


def test_too_many_files_are_refused():
    with pytest.raises(ValidationError, match="at most"):
        case_make(requester(), files=[pdf_file(f"{n}.pdf") for n in range(services.MAX_FILES + 1)])


def test_the_staff_search_finds_a_later_message_but_never_a_note():
    from kouryu.search.selectors import search

    user = requester()
    case = case_make(user)
    staff = staff_account().user
    title = f"{case.reference} {case.title}"

    def found(query):
        return [hit.title for hit in search(query, public=False, kinds=["case"]).hits]

    # The requester's message alone (it does not change the case itself).
    services.message_add(case=case, by=user, body="淡路島の視察日程を追加で相談したい")
    assert found("視察日程") == [title]
    assert search("視察日程", kinds=["case"]).hits == []  # never in the public search
    services.message_add(
        case=Case.objects.get(pk=case.pk),
        by=staff,
        body="玉ねぎ農家の連絡先",
        kind=Message.Kind.NOTE,
    )
    services.message_add(
        case=Case.objects.get(pk=case.pk),
        by=staff,
        body="请提供代表团名单",
        kind=Message.Kind.REPLY,
    )
    assert found("代表团名单") == [title]
    assert found("玉ねぎ農家") == []

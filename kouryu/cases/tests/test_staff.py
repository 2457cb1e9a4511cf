"""The staff side in the admin: lists, replies and notes, assignment, status, conflicts."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from kouryu.cases.models import Case, Membership, Message, Organisation, Status
from kouryu.cases.tests.factories import (
    OrganisationFactory,
    case_make,
    requester,
    staff_account,
)
from kouryu.core.hooks import attention_items
from kouryu.core.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english(client):
    """These tests read the messages in English: the admin as an English-speaking staff
    member sees it, and the services' messages in the active language."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def staff(client):
    account = staff_account()
    client.force_login(account.user)
    return account


def test_lists_mine_unassigned_overdue_and_all(client, staff):
    mine = case_make(requester(), title="私の案件")
    Case.objects.filter(pk=mine.pk).update(assignee=staff)
    queue = case_make(requester(), title="未割当の案件")
    late = case_make(requester(), title="期限切れの案件")
    Case.objects.filter(pk=late.pk).update(
        resolution_due=timezone.localdate() - datetime.timedelta(days=1), assignee=staff
    )
    pages = {
        view: client.get(reverse("cases_staff_list", args=[view])).text
        for view in ("mine", "unassigned", "overdue", "all")
    }
    assert "私の案件" in pages["mine"] and "未割当の案件" not in pages["mine"]
    assert "未割当の案件" in pages["unassigned"] and "私の案件" not in pages["unassigned"]
    assert "期限切れの案件" in pages["overdue"] and "私の案件" not in pages["overdue"]
    assert all(t in pages["all"] for t in ("私の案件", "未割当の案件", "期限切れの案件"))
    assert queue.pk


def test_the_list_filters_by_text_and_status(client, staff):
    case_make(requester(), title="柑橘の調査")
    other = case_make(requester(), title="訪問の相談")
    Case.objects.filter(pk=other.pk).update(status=Status.IN_PROGRESS)
    found = client.get(reverse("cases_staff_list", args=["all"]), {"q": "柑橘"}).text
    assert "柑橘の調査" in found and "訪問の相談" not in found
    by_status = client.get(reverse("cases_staff_list", args=["all"]), {"status": "in_progress"})
    assert "訪問の相談" in by_status.text and "柑橘の調査" not in by_status.text


def test_the_list_takes_a_fixed_number_of_queries(client, staff, django_assert_max_num_queries):
    for _ in range(8):
        case_make(requester())
    with django_assert_max_num_queries(25):
        client.get(reverse("cases_staff_list", args=["all"]))


def test_reply_and_note_look_different(client, staff):
    case = case_make(requester())
    for kind, body in (("reply", "返信です"), ("note", "メモです")):
        case.refresh_from_db()
        client.post(
            reverse("cases_staff_message", args=[case.pk]),
            {"kind": kind, "body": body, "version": case.version},
        )
    page = client.get(reverse("cases_staff_case", args=[case.pk])).text
    assert page.count("case-message--note") == 1 and page.count("case-message--reply") == 1
    assert "Internal note – not seen by the requester" in page
    assert list(case.messages.values_list("kind", flat=True)) == ["requester", "reply", "note"]


def test_assignment_and_status_from_the_case_page(client, staff):
    case = case_make(requester())
    client.post(
        reverse("cases_staff_assign", args=[case.pk]),
        {"assignee": staff.pk, "version": case.version},
    )
    case.refresh_from_db()
    client.post(
        reverse("cases_staff_transition", args=[case.pk]),
        {"to": "acknowledged", "version": case.version},
    )
    case.refresh_from_db()
    assert case.assignee == staff and case.status == Status.ACKNOWLEDGED
    history = client.get(reverse("cases_staff_case", args=[case.pk])).text
    assert staff.user.get_username() in history


def test_a_concurrent_edit_shows_the_other_person_s_change(client, staff):
    case = case_make(requester())
    opened = case.version
    other = staff_account()
    # Someone else moves the case on after this page was opened.
    from kouryu.cases import services

    services.case_transition(case=case, to="in_progress", by=other.user, version=opened)
    response = client.post(
        reverse("cases_staff_message", args=[case.pk]),
        {"kind": "reply", "body": "返信です", "version": opened},
    )
    assert response.status_code == 409
    assert other.user.get_username() in response.text
    assert "Your change was not saved" in response.text
    assert not Message.objects.filter(kind="reply").exists()


def test_requesters_and_editors_have_no_staff_pages(client):
    case = case_make(requester())
    client.force_login(UserFactory())
    assert client.get(reverse("cases_staff_case", args=[case.pk])).status_code != 200


def test_membership_approval(client, staff):
    from django.contrib.auth.models import Group

    from kouryu.core.permissions import OFFICE_MANAGERS

    staff.user.groups.add(Group.objects.get(name=OFFICE_MANAGERS))
    membership = Membership.objects.create(user=UserFactory(), organisation=OrganisationFactory())
    client.post(reverse("cases_membership_decide", args=[membership.pk, "approve"]))
    membership.refresh_from_db()
    assert membership.is_active
    listing = client.get(reverse("wagtailsnippets_cases_membership:list"))
    assert listing.status_code == 200


def test_the_membership_edit_form_cannot_approve_or_move_a_membership(client, staff):
    from django.contrib.auth.models import Group

    from kouryu.core.permissions import OFFICE_MANAGERS

    staff.user.groups.add(Group.objects.get(name=OFFICE_MANAGERS))
    unconfirmed = OrganisationFactory(confirmed=False, place=None)
    membership = Membership.objects.create(user=UserFactory(), organisation=unconfirmed)
    other = OrganisationFactory()
    url = reverse("wagtailsnippets_cases_membership:edit", args=[membership.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="language"' in form.text and 'name="status"' not in form.text
    client.post(
        url,
        {
            "user": staff.user.pk,
            "organisation": other.pk,
            "status": "approved",
            "left_at": "2026-01-01 00:00",
            "language": "en",
        },
    )
    membership.refresh_from_db()
    assert membership.language == "en"
    assert membership.status == Membership.Status.PENDING
    assert membership.organisation == unconfirmed and membership.left_at is None
    assert membership.user != staff.user
    # Memberships are asked for in the portal, never made in the admin.
    assert client.get(reverse("wagtailsnippets_cases_membership:add")).status_code in (302, 403)


def test_only_a_membership_waiting_for_approval_can_be_approved(client, staff):
    from django.contrib.auth.models import Group

    from kouryu.cases import services
    from kouryu.core.permissions import OFFICE_MANAGERS

    staff.user.groups.add(Group.objects.get(name=OFFICE_MANAGERS))
    user = UserFactory()
    refused = Membership.objects.create(user=user, organisation=OrganisationFactory())
    services.membership_refuse(membership=refused, by=staff.user)
    services.membership_request(user=user, organisation=OrganisationFactory())  # joins another
    response = client.post(
        reverse("cases_membership_decide", args=[refused.pk, "approve"]), follow=True
    )
    assert response.status_code == 200
    assert "This membership is already refused" in response.text
    refused.refresh_from_db()
    assert refused.status == Membership.Status.REFUSED


def test_two_organisations_cannot_share_a_name(client, staff):
    from django.contrib.auth.models import Group

    from kouryu.core.permissions import OFFICE_MANAGERS

    staff.user.groups.add(Group.objects.get(name=OFFICE_MANAGERS))
    OrganisationFactory(name_ja="兵庫県", name_zh="兵库县", name_en="Hyogo Prefecture")
    response = client.post(
        reverse("wagtailsnippets_cases_organisation:add"),
        {"name_ja": "兵庫県庁", "name_zh": "", "name_en": "HYOGO prefecture"},
    )
    assert response.status_code == 200
    assert "An organisation already has this English name." in response.text
    assert not Organisation.objects.filter(name_ja="兵庫県庁").exists()


def test_the_dashboard_counts_overdue_due_soon_and_unassigned(rf, staff):
    today = timezone.localdate()
    late = case_make(requester())
    Case.objects.filter(pk=late.pk).update(resolution_due=today - datetime.timedelta(days=1))
    soon = case_make(requester())
    Case.objects.filter(pk=soon.pk).update(
        first_response_due=today + datetime.timedelta(days=1),
        resolution_due=today + datetime.timedelta(days=20),
        assignee=staff,
    )
    request = rf.get("/admin/")
    request.user = staff.user
    counts = {str(item.label): item.count for item in attention_items(request)}
    assert counts["Overdue requests"] == 1
    assert counts["Requests due within two days"] == 1
    assert counts["Unassigned requests"] == 1

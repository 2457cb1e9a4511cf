"""The permission matrix: an organisation's cases, messages and files are its own.

Another organisation's member gets a 404 for every address, guessed or not; a requester
never sees an internal note; an unapproved user cannot submit; a former member loses
access at once.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from kouryu.cases import services
from kouryu.cases.models import Case, Message
from kouryu.cases.tests.factories import (
    OrganisationFactory,
    case_make,
    category,
    pdf_file,
    requester,
    staff_account,
)
from kouryu.core.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOTE = "内部メモ：知事の日程は未確定"


@pytest.fixture
def world(homes):
    """Organisation A's case with a reply, a note and files on each; B's member."""
    a = requester(OrganisationFactory(name_ja="兵庫県"))
    colleague = requester(a.case_memberships.get().organisation)
    b = requester(OrganisationFactory(name_ja="愛媛県"))
    staff = staff_account().user
    case = case_make(a, title="知事訪中", files=[pdf_file("request.pdf")])
    services.message_add(
        case=case,
        by=staff,
        body="承知しました",
        kind=Message.Kind.REPLY,
        files=[pdf_file("reply.pdf")],
    )
    services.message_add(
        case=case, by=staff, body=NOTE, kind=Message.Kind.NOTE, files=[pdf_file("note.pdf")]
    )
    files = {f.name: f for m in case.messages.all() for f in m.attachments.all()}
    return {"a": a, "colleague": colleague, "b": b, "staff": staff, "case": case, "files": files}


def _urls(world):
    case = world["case"]
    return [
        ("get", reverse("cases:case", args=[case.pk])),
        ("post", reverse("cases:message", args=[case.pk])),
        ("post", reverse("cases:reopen", args=[case.pk])),
        *[("get", reverse("cases:attachment", args=[f.pk])) for f in world["files"].values()],
    ]


def test_another_organisation_gets_404_everywhere(client, world):
    client.force_login(world["b"])
    for method, url in _urls(world):
        response = getattr(client, method)(url, {"body": "x"})
        assert response.status_code == 404, url
    listing = client.get(reverse("cases:home"))
    assert "知事訪中" not in listing.text
    assert Case.objects.get().messages.count() == 3  # B's post wrote nothing


def test_a_number_that_does_not_exist_is_the_same_404(client, world):
    client.force_login(world["b"])
    missing = Case.objects.order_by("-pk").first().pk + 100
    assert client.get(reverse("cases:case", args=[missing])).status_code == 404
    assert client.get(reverse("cases:attachment", args=[999999])).status_code == 404


def test_every_member_follows_the_organisation_s_case(client, world):
    client.force_login(world["colleague"])
    page = client.get(reverse("cases:case", args=[world["case"].pk]))
    assert page.status_code == 200
    assert "承知しました" in page.text
    assert "知事訪中" in client.get(reverse("cases:home")).text


def test_the_requester_never_sees_a_note_or_its_file(client, world):
    client.force_login(world["a"])
    page = client.get(reverse("cases:case", args=[world["case"].pk]))
    assert page.status_code == 200
    assert "承知しました" in page.text and "reply.pdf" in page.text
    assert NOTE not in page.text and "note.pdf" not in page.text
    assert client.get(reverse("cases:home")).text.count(NOTE) == 0
    note_file = world["files"]["note.pdf"]
    assert client.get(reverse("cases:attachment", args=[note_file.pk])).status_code == 404
    reply_file = world["files"]["reply.pdf"]
    download = client.get(reverse("cases:attachment", args=[reply_file.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert download["Content-Disposition"].startswith("attachment")


def test_no_email_to_the_requester_carries_a_note(world):
    from kouryu.core.models import OutboundEmail

    for email in OutboundEmail.objects.all():
        assert NOTE not in email.body and NOTE not in email.subject


def test_a_former_member_loses_access_at_once(client, world):
    client.force_login(world["a"])
    url = reverse("cases:case", args=[world["case"].pk])
    assert client.get(url).status_code == 200
    services.membership_end(membership=world["a"].case_memberships.get())
    assert client.get(url).status_code == 404
    file = world["files"]["request.pdf"]
    assert client.get(reverse("cases:attachment", args=[file.pk])).status_code == 404
    # The case stays with the organisation.
    client.force_login(world["colleague"])
    assert client.get(url).status_code == 200


def test_an_unapproved_user_cannot_submit(client, homes):
    user = requester(status="pending")
    client.force_login(user)
    page = client.get(reverse("cases:new"))
    assert page.status_code == 302
    response = client.post(
        reverse("cases:new"),
        {
            "submission_key": "6d3f8a1e-4b4e-4a57-8f0b-0d0b7c5c3a11",
            "category": category().pk,
            "title": "t",
            "description": "d",
            "language": "ja",
        },
    )
    assert response.status_code == 302
    assert not Case.objects.exists()
    with translation.override("en"):
        home = reverse("cases:home")  # the English portal
    assert "approval" in client.get(home).text


def test_a_login_without_organisation_is_asked_to_join(client, homes):
    client.force_login(UserFactory())
    assert client.get(reverse("cases:home")).url == reverse("cases:join")


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    response = client.get(reverse("cases:case", args=[world["case"].pk]))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_requesters_cannot_open_the_staff_pages(client, world):
    client.force_login(world["a"])
    response = client.get(reverse("cases_staff_case", args=[world["case"].pk]))
    assert response.status_code in (302, 403, 404)
    assert NOTE not in getattr(response, "text", "")


def test_staff_see_notes_and_their_files(client, world):
    client.force_login(world["staff"])
    page = client.get(reverse("cases_staff_case", args=[world["case"].pk]))
    assert page.status_code == 200
    assert NOTE in page.text and "case-message--note" in page.text
    note_file = world["files"]["note.pdf"]
    download = client.get(reverse("cases:attachment", args=[note_file.pk]))
    assert download.status_code == 200
    # Read to the end, which closes it the way the test client does.
    assert b"".join(download.streaming_content)


def test_staff_without_their_second_factor_cannot_download_a_requesters_file(client, world):
    from allauth.mfa.models import Authenticator

    url = reverse("cases:attachment", args=[world["files"]["note.pdf"].pk])
    without = staff_account().user
    Authenticator.objects.filter(user=without).delete()
    client.force_login(without)
    assert client.get(url).status_code == 404
    # The same file for staff with their second factor.
    client.force_login(world["staff"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)


def _editor_account():
    from django.contrib.auth.models import Group

    from kouryu.core.permissions import EDITORS
    from kouryu.offices.tests.factories import StaffAccountFactory

    account = StaffAccountFactory()
    account.user.groups.add(Group.objects.get(name=EDITORS))
    return account


def test_a_case_goes_only_to_staff_who_may_handle_requests(client, world):
    from django.core.exceptions import ValidationError

    from kouryu.cases.forms import StaffAssignForm
    from kouryu.cases.models import RoutingRule
    from kouryu.cases.selectors import routing_assignee

    editor = _editor_account()
    handler = staff_account()
    offered = set(StaffAssignForm().fields["assignee"].queryset)
    assert handler in offered and editor not in offered
    with pytest.raises(ValidationError):
        services.case_assign(case=world["case"], assignee=editor, by=world["staff"])
    rule = RoutingRule(priority=1, assignee=editor)
    with pytest.raises(ValidationError):
        rule.full_clean()
    rule.save()  # saved before its login lost the right, say: the case goes to the queue
    organisation = world["case"].organisation
    assert routing_assignee(organisation=organisation, category=category()) is None


def test_the_assignee_is_not_emailed_a_request_they_may_no_longer_read(world, mailoutbox):
    editor = _editor_account()
    Case.objects.filter(pk=world["case"].pk).update(assignee=editor)
    mailoutbox.clear()
    services.message_add(case=Case.objects.get(pk=world["case"].pk), by=world["a"], body="追記")
    assert [m for m in mailoutbox if editor.user.email in m.to] == []


def test_an_editor_finds_no_case_in_the_admin_site_search(client, world):
    # The staff search shows private hits only of the kinds a login may view.
    query = {"q": "知事訪中", "lang": "all"}
    reference = world["case"].reference
    client.force_login(world["staff"])
    assert reference in client.get("/admin/site-search/", query).text
    client.force_login(_editor_account().user)
    response = client.get("/admin/site-search/", query)
    assert response.status_code == 200
    assert reference not in response.text
    assert "table" not in response.text.split("</form>")[-1]  # no result at all


@pytest.mark.parametrize(
    "model", ["cases/membership", "cases/organisation", "cases/routingrule", "offices/staffaccount"]
)
def test_an_editor_cannot_list_private_rows_through_a_snippet_chooser(client, world, model):
    client.force_login(_editor_account().user)
    for suffix in ("", "results/"):
        response = client.get(f"/admin/snippets/choose/{model}/{suffix}", {"q": ""})
        assert response.status_code in (302, 403), (model, suffix)
        assert "兵庫県" not in response.text
    client.force_login(world["staff"])
    assert client.get(f"/admin/snippets/choose/{model}/results/").status_code == 200

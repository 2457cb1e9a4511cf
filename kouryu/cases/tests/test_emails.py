"""Emails as tasks: a reply to every member in their language; a requester's message to
the assignee; never a note."""

import pytest

from kouryu.cases import services
from kouryu.cases.models import Message, RoutingRule
from kouryu.cases.tests.factories import OrganisationFactory, case_make, requester, staff_account
from kouryu.core.models import OutboundEmail

pytestmark = pytest.mark.django_db


def test_a_reply_goes_to_every_member_in_their_language(run_tasks, mailoutbox, homes):
    organisation = OrganisationFactory(name_ja="兵庫県", name_zh="兵库县")
    ja = requester(organisation, language="ja")
    zh = requester(organisation, language="zh-hans")
    left = requester(organisation)
    services.membership_end(membership=left.case_memberships.get())
    requester()  # another organisation
    case = case_make(ja, title="訪問支援")
    staff = staff_account().user
    run_tasks(
        services.message_add, case=case, by=staff, body="承知しました", kind=Message.Kind.REPLY
    )
    sent = {m.to[0]: m for m in mailoutbox}
    assert set(sent) == {ja.email, zh.email}
    assert "承知しました" in sent[ja.email].body
    assert "/ja/portal/" in sent[ja.email].body and "兵庫県" in sent[ja.email].body
    assert "/zh-hans/portal/" in sent[zh.email].body and "兵库县" in sent[zh.email].body
    languages = dict(OutboundEmail.objects.values_list("to", "language"))
    assert languages == {ja.email: "ja", zh.email: "zh-hans"}
    assert OutboundEmail.objects.filter(status="sent").count() == 2


def test_a_note_is_never_emailed(run_tasks, mailoutbox, homes):
    user = requester()
    case = case_make(user)
    run_tasks(
        services.message_add,
        case=case,
        by=staff_account().user,
        body="内部メモ",
        kind=Message.Kind.NOTE,
    )
    assert mailoutbox == []


def test_a_requester_message_goes_to_the_assignee(run_tasks, mailoutbox, homes):
    from wagtail.users.models import UserProfile

    assignee = staff_account()
    profile = UserProfile.get_for_user(assignee.user)
    profile.preferred_language = "zh-hans"
    profile.save()
    RoutingRule.objects.create(assignee=assignee)
    user = requester()
    case = run_tasks(case_make, user)
    assert [m.to for m in mailoutbox] == [[assignee.user.email]]
    run_tasks(services.message_add, case=case, by=user, body="名簿を送ります")
    assert [m.to for m in mailoutbox] == [[assignee.user.email]] * 2
    assert "名簿を送ります" in mailoutbox[1].body
    assert f"/admin/requests/{case.pk}/" in mailoutbox[1].body
    assert OutboundEmail.objects.filter(language="zh-hans").count() == 2


def test_a_case_in_the_queue_emails_nobody(run_tasks, mailoutbox, homes):
    run_tasks(case_make, requester())
    assert mailoutbox == []

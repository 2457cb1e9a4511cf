"""The office's editing flows: approval by its own groups, translations that start as drafts,
and deletion kept for managers."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.operations import translate_object

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.website.models import StandardPage
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def submitted_draft(homes, editor) -> StandardPage:
    """An editor's new page, submitted for approval as the editor's Submit button does."""
    page = StandardPageFactory(parent=homes["ja"], title="新しいお知らせ", slug="new", live=False)
    revision = page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    assert revision.pk
    return StandardPage.objects.get(pk=page.pk)


def approve(client, page) -> object:
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": ""})


@pytest.mark.parametrize("group", [OFFICE_MANAGERS, STAFF])
def test_managers_and_staff_approve_an_editors_submission(client, homes, group):
    editor = StaffUserFactory(group=EDITORS)
    page = submitted_draft(homes, editor)
    reviewer = StaffUserFactory(group=group)
    client.force_login(reviewer)
    # The reviewer may open the submission; Wagtail's default workflow locked it for them.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    assert "ロックされています" not in edit.content.decode()
    approve(client, page)
    page.refresh_from_db()
    assert page.live, group
    assert client.get("/ja/new/").status_code == 200


def test_an_editor_cannot_approve(client, homes):
    editor = StaffUserFactory(group=EDITORS)
    page = submitted_draft(homes, editor)
    client.force_login(StaffUserFactory(group=EDITORS))
    approve(client, page)
    page.refresh_from_db()
    assert not page.live


def test_reviewers_are_told_in_their_own_language(homes, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kouryu.example.org"
    manager = StaffUserFactory(group=OFFICE_MANAGERS, email="manager@example.org")
    UserProfile.objects.update_or_create(user=manager, defaults={"preferred_language": "ja"})
    staff = StaffUserFactory(group=STAFF, email="staff@example.org")
    UserProfile.objects.update_or_create(user=staff, defaults={"preferred_language": "zh-hans"})
    mail.outbox.clear()
    submitted_draft(homes, StaffUserFactory(group=EDITORS))
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert {"manager@example.org", "staff@example.org"} <= set(by_recipient)
    ja, zh = by_recipient["manager@example.org"], by_recipient["staff@example.org"]
    assert "承認" in ja.subject and "調整" not in ja.subject
    assert "新しいお知らせ" in ja.subject
    assert "https://kouryu.example.org/admin/" in ja.body
    assert ja.subject != zh.subject


def test_translate_makes_a_draft_that_the_other_sites_do_not_show(client, homes, run_tasks):
    page = StandardPageFactory(parent=homes["ja"], title="日本語の記事", slug="article")
    # As the Translate button does; wagtail-localize publishes (if it does) once committed.
    run_tasks(translate_object, page, [Locale.objects.get(language_code="zh-hans")])
    zh = page.get_translation(Locale.objects.get(language_code="zh-hans"))
    assert not zh.live
    assert client.get("/zh-hans/article/").status_code == 404
    # The Japanese page's language links say the Chinese page is not there yet.
    html = client.get("/ja/article/").content.decode()
    assert 'hreflang="zh-hans"' not in html or "/zh-hans/article/" not in html
    zh.save_revision().publish()
    assert client.get("/zh-hans/article/").status_code == 200


@pytest.mark.parametrize(
    ("group", "may_delete"), [(OFFICE_MANAGERS, True), (STAFF, False), (EDITORS, False)]
)
def test_only_managers_delete_pages(client, homes, group, may_delete):
    user = StaffUserFactory(group=group)
    # A draft the user made themselves: Wagtail would let even an editor delete it.
    page = StandardPageFactory(parent=homes["ja"], slug="to-delete", live=False, owner=user)
    client.force_login(user)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    listing = client.get(reverse("wagtailadmin_explore", args=[homes["ja"].pk])).content.decode()
    assert (url in listing) is may_delete, group
    client.post(url)
    assert Page.objects.filter(pk=page.pk).exists() is not may_delete, group

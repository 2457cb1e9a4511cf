"""The dashboard tells each role what needs its attention; help leads to the office's manual."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def attention(client) -> list[str]:
    html = client.get("/admin/").content.decode()
    panel = BeautifulSoup(html, "html.parser").select_one(".kouryu-attention")
    assert panel is not None
    return [" ".join(li.get_text(" ").split()) for li in panel.select(".kouryu-attention__item")]


def test_a_submission_shows_for_the_approvers_not_the_editor(client, homes):
    editor = StaffUserFactory(group=EDITORS)
    page = StandardPageFactory(parent=homes["ja"], title="承認待ちの記事", live=False)
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    client.force_login(StaffUserFactory(group=OFFICE_MANAGERS))
    items = attention(client)
    assert any("承認待ちの記事" in item and item.startswith("1 ") for item in items), items
    client.force_login(editor)
    assert not any("承認待ちの記事" in item for item in attention(client))


def test_missing_translations_and_scheduled_pages(client, homes):
    StandardPageFactory(parent=homes["ja"], title="翻訳のない記事")
    later = StandardPageFactory(parent=homes["ja"], title="来週の記事", live=False)
    later.go_live_at = timezone.now() + datetime.timedelta(days=2)
    later.save_revision().publish()
    client.force_login(StaffUserFactory(group=OFFICE_MANAGERS))
    items = attention(client)
    assert any("翻訳のない記事" in item and item.startswith("2 ") for item in items), items
    assert any("来週の記事" in item for item in items), items


def test_help_leads_to_the_manual_in_the_users_language(client):
    client.force_login(StaffUserFactory(group=EDITORS))
    html = client.get("/admin/").content.decode()
    assert "/admin/manual/" in html
    assert "guide.wagtail.org" not in html
    manual = client.get("/admin/manual/", HTTP_ACCEPT_LANGUAGE="ja")
    assert manual.status_code == 200
    assert "<table>" in manual.content.decode()

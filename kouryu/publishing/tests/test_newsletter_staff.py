"""Composing the newsletter by publication date, and looking at it before it goes out."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from kouryu.core.permissions import STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.publishing.models import Edition, NewsIndexPage, NewsPage
from kouryu.publishing.newsletter import edition_compose_recent, edition_queue

pytestmark = pytest.mark.django_db


def news(index, title, date):
    page = NewsPage(title=title, slug=f"n{abs(hash(title)) % 10**8}", date=date, summary=title)
    page.body = f"<p>{title}</p>"
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def index(homes):
    page = NewsIndexPage(title="お知らせ", slug="news")
    homes["ja"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_compose_picks_by_publication_date_not_by_when_loaded(index):
    today = timezone.localdate()
    news(index, "今月の記事", today)
    news(index, "古い報告の登録", today - datetime.timedelta(days=400))  # loaded today
    since = timezone.now() - datetime.timedelta(days=30)
    edition = edition_compose_recent(since=since, by=None)
    assert [p.title for p in edition.article_pages()] == ["今月の記事"]


def test_an_article_already_sent_is_not_listed_again(index, run_tasks):
    today = timezone.localdate()
    news(index, "先月の記事", today)
    since = timezone.now() - datetime.timedelta(days=30)
    first = edition_compose_recent(since=since, by=None)
    run_tasks(edition_queue, edition=first, by=None)
    news(index, "新しい記事", today)
    second = edition_compose_recent(since=since, by=None)
    assert [p.title for p in second.article_pages()] == ["新しい記事"]


def test_preview_in_each_language_and_a_test_to_oneself(client, index, run_tasks):
    news(index, "交流の記事", timezone.localdate())
    edition = edition_compose_recent(since=timezone.now() - datetime.timedelta(days=1), by=None)
    edition.intro_zh = "本期简介"
    edition.save()
    user = StaffUserFactory(group=STAFF, email="me@example.org")
    client.force_login(user)
    page = client.get(f"/admin/newsletter/{edition.pk}/send/?language=zh-hans").content.decode()
    assert f"/admin/newsletter/{edition.pk}/preview/zh-hans/" in page
    # The preview and the test come before the warning that sending cannot be undone.
    assert page.index("preview/zh-hans/") < page.index("配信は取り消せません")
    preview = client.get(f"/admin/newsletter/{edition.pk}/preview/zh-hans/")
    assert "本期简介" in preview.content.decode()
    unknown = client.get(f"/admin/newsletter/{edition.pk}/preview/xx/", follow=True)
    assert unknown.status_code == 404
    mail.outbox.clear()
    run_tasks(client.post, f"/admin/newsletter/{edition.pk}/test/", {"language": "zh-hans"})
    assert [m.to for m in mail.outbox] == [["me@example.org"]]
    assert "本期简介" in mail.outbox[0].body
    edition.refresh_from_db()
    assert edition.status == Edition.Status.DRAFT  # a test sends nothing to subscribers

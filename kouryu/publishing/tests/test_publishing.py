"""News and reports: pages, feeds, sitemap, link previews, translation status, scheduled publishing."""

import datetime
import email.utils
import io
from unittest import mock
from xml.etree import ElementTree

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from kouryu.publishing.models import NewsPage
from kouryu.publishing.selectors import CURRENT, MISSING, OUTDATED, translation_status
from kouryu.publishing.tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def urls(pages, language):
    return [pages[slug][language].url for slug in pages]


@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
def test_index_and_article_pages(client, newsroom, language):
    index = client.get(f"/{language}/news/")
    assert index.status_code == 200
    soup = BeautifulSoup(index.content, "html.parser")
    links = [a["href"] for a in soup.select(".article-list h2 a")]
    # Newest first: the JET briefing (17 August), then WeChat (6 July).
    assert links == urls({s: newsroom.news[s] for s in ("jet-briefing", "wechat")}, language)
    article = client.get(links[0])
    assert article.status_code == 200
    heading = BeautifulSoup(article.content, "html.parser").select_one("article.article h1")
    assert heading.get_text(strip=True) == newsroom.news["jet-briefing"][language].title


def test_category_filter(client, newsroom):
    response = client.get("/en/reports/", {"category": "research"})
    soup = BeautifulSoup(response.content, "html.parser")
    titles = {a.get_text(strip=True) for a in soup.select(".article-list h2 a")}
    assert titles == {pages["en"].title for pages in newsroom.reports.values()}
    response = client.get("/en/news/", {"category": "office"})
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".article-list h2 a")]
    assert titles == [newsroom.news["wechat"]["en"].title]
    response = client.get("/en/reports/", {"category": "events"})
    assert "Nothing has been published here yet." in response.content.decode()


@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_parse_and_are_in_the_right_language(client, newsroom, language, fmt):
    response = client.get(f"/{language}/feeds/all.{fmt}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language.lower().startswith(language.split("-")[0])
    articles = [*newsroom.news.values(), *newsroom.reports.values()]
    assert sorted(e.title for e in feed.entries) == sorted(a[language].title for a in articles)
    assert {e.link for e in feed.entries} == {
        f"http://testserver{a[language].url}" for a in articles
    }


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feed_items_carry_their_publication_dates_newest_first(client, newsroom, fmt):
    # The newsroom's pages were all saved just now; the feed dates them by their own dates.
    feed = feedparser.parse(client.get(f"/en/feeds/all.{fmt}").content)

    def local_date(entry):  # as written, with the site's offset
        if fmt == "rss":
            moment = email.utils.parsedate_to_datetime(entry.published)
        else:
            moment = datetime.datetime.fromisoformat(entry.published)
        return (moment.year, moment.month, moment.day)

    dated = [(e.title, local_date(e)) for e in feed.entries]
    assert dated == [
        ("A briefing on the JET Programme", (2026, 8, 17)),
        ("News from the office on WeChat", (2026, 7, 6)),
        ("A study of local economies in China", (2026, 6, 15)),
        ("Japan–China friendship cities today", (2026, 5, 11)),
    ]


@pytest.mark.parametrize(
    ("language", "title"),
    [("ja", "お知らせとレポート"), ("zh-hans", "新闻与报告"), ("en", "News and reports")],
)
def test_every_page_advertises_the_feed_and_the_footer_leads_to_the_feeds_page(
    client, newsroom, language, title
):
    for url in (f"/{language}/", f"/{language}/news/", f"/{language}/registry/"):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        rss = soup.select_one('head link[rel="alternate"][type="application/rss+xml"]')
        assert rss["href"] == f"/{language}/feeds/all.rss", url
        assert rss["title"].startswith(title)
        assert soup.select_one(f'footer a[href="/{language}/feeds/"]'), url
    page = BeautifulSoup(client.get(f"/{language}/feeds/").content, "html.parser")
    links = [a["href"] for a in page.select("table.feeds a")]
    assert f"/{language}/feeds/news.rss" in links
    assert f"/{language}/feeds/all/research.atom" in links


def test_category_feed_and_unknown_feeds(client, newsroom):
    feed = feedparser.parse(client.get("/ja/feeds/reports/research.rss").content)
    assert {e.title for e in feed.entries} == {p["ja"].title for p in newsroom.reports.values()}
    feed = feedparser.parse(client.get("/ja/feeds/news/office.rss").content)
    assert [e.title for e in feed.entries] == [newsroom.news["wechat"]["ja"].title]
    assert client.get("/ja/feeds/reports/no-such-category.rss").status_code == 404
    assert client.get("/ja/feeds/gossip.rss").status_code == 404


def test_sitemap_is_valid_xml_with_hreflang_alternates(client, newsroom):
    # /sitemap.xml is an index of sections: the site's pages and each app's.
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    index = ElementTree.fromstring(response.content)
    sections = [e.find("s:loc", SITEMAP_NS).text for e in index.findall("s:sitemap", SITEMAP_NS)]
    assert "http://testserver/sitemap-pages.xml" in sections
    assert "http://testserver/sitemap-registry.xml" in sections
    urls = []
    for section in sections:
        response = client.get(section.removeprefix("http://testserver"))
        assert response.status_code == 200
        urls += ElementTree.fromstring(response.content).findall("s:url", SITEMAP_NS)
    locations = {u.find("s:loc", SITEMAP_NS).text for u in urls}
    assert "http://testserver/zh-hans/greeting/" in locations
    assert "http://testserver/en/registry/" in locations
    assert f"http://testserver{newsroom.news['wechat']['zh-hans'].url}" in locations
    greeting = next(
        u for u in urls if u.find("s:loc", SITEMAP_NS).text == "http://testserver/ja/greeting/"
    )
    alternates = {a.get("hreflang"): a.get("href") for a in greeting.findall("x:link", SITEMAP_NS)}
    assert alternates == {
        "ja": "http://testserver/ja/greeting/",
        "zh-Hans": "http://testserver/zh-hans/greeting/",
        "en": "http://testserver/en/greeting/",
    }


@pytest.mark.parametrize("path", ["/ja/", "/zh-hans/news/", "/en/greeting/", "/en/registry/"])
def test_open_graph_metadata_on_every_page(client, newsroom, path):
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    og = {m["property"]: m.get("content", "") for m in soup.select('meta[property^="og:"]')}
    assert og["og:url"] == f"http://testserver{path}"
    assert og["og:site_name"] and og["og:title"] and og["og:type"] in ("website", "article")
    assert og["og:locale"] in ("ja_JP", "zh_CN", "en_US")


def test_article_link_preview_uses_the_summary(client, newsroom):
    page = newsroom.news["wechat"]["en"]
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert soup.select_one('meta[property="og:description"]')["content"][:40] == page.summary[:40]


def test_translation_status_reports_missing_and_out_of_date(newsroom):
    lonely = NewsPageFactory(parent=newsroom.indexes["news"]["ja"], title="未翻訳のお知らせ")
    edited = NewsPage.objects.get(pk=newsroom.news["wechat"]["ja"].pk)
    edited.summary = "更新された要約"
    edited.save_revision().publish()

    locales, rows = translation_status(only_needing_work=True, snippets=False)
    by_source = {row.source.pk: [cell.status for cell in row.cells] for row in rows}
    assert by_source[lonely.pk] == [MISSING, MISSING]
    assert by_source[edited.pk] == [OUTDATED, OUTDATED]
    assert set(by_source) == {lonely.pk, edited.pk}
    _locales, all_rows = translation_status(snippets=False)
    untouched = newsroom.news["jet-briefing"]["ja"]
    assert [c.status for c in next(r for r in all_rows if r.source.pk == untouched.pk).cells] == [
        CURRENT,
        CURRENT,
    ]


def test_translation_report_in_the_admin(admin_client):
    response = admin_client.get("/admin/reports/translations/", {"open": "1"})
    assert response.status_code == 200


def test_scheduled_page_is_published_by_the_scheduled_command(client, newsroom):
    index = newsroom.indexes["news"]["ja"]
    page = NewsPage(
        title="予約公開のお知らせ", slug="scheduled", summary="要約", body="<p>本文</p>", live=False
    )
    index.add_child(instance=page)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=1)
    revision = page.save_revision()
    revision.publish()  # with go_live_at in the future this schedules, it does not publish
    page.refresh_from_db()
    assert not page.live
    assert client.get("/ja/news/scheduled/").status_code == 404

    # Two minutes later, the scheduled command runs.
    later = timezone.now() + datetime.timedelta(minutes=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    assert client.get("/ja/news/scheduled/").status_code == 200


def test_translation_workflow_with_wagtail_localize(admin_client, newsroom):
    """A Japanese original is sent for translation in the admin; the report follows it."""
    from wagtail_localize.models import Translation

    index = newsroom.indexes["news"]["ja"]
    original = NewsPage(
        title="翻訳ワークフローの確認",
        slug="workflow",
        summary="要約です。",
        body="<p>本文です。</p>",
    )
    index.add_child(instance=original)
    original.save_revision().publish()
    others = Locale.objects.exclude(pk=Locale.get_default().pk)

    response = admin_client.post(
        f"/admin/localize/submit/page/{original.pk}/",
        {"locales": [locale.pk for locale in others]},
    )
    assert response.status_code == 302
    assert Translation.objects.filter(source__object_id=original.translation_key).count() == 2
    for locale in others:
        translated = original.get_translation(locale)
        assert translated.title == original.title  # untranslated segments start as the source
        # The translation editor opens for each language.
        assert admin_client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
    _locales, rows = translation_status(only_needing_work=True)
    row = next(r for r in rows if r.source.pk == original.pk)
    assert [cell.status for cell in row.cells] == ["draft", "draft"]


@pytest.mark.parametrize(
    ("query", "language", "kind", "slug"),
    [
        ("微信", "zh-hans", "news", "wechat"),
        ("友好都市", "ja", "report", "friendship-cities"),
        ("JET", "en", "news", "jet-briefing"),
    ],
)
def test_news_and_reports_are_in_the_site_search(newsroom, query, language, kind, slug):
    from kouryu.search.selectors import search

    results = search(query, language=language, kinds=[kind])
    articles = newsroom.news if kind == "news" else newsroom.reports
    assert [int(hit.object_id) for hit in results.hits] == [articles[slug][language].pk]
    assert results.total == 1

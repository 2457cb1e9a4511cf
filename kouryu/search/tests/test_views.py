"""The public search page: a plain GET form, filters, highlighted results, pages of results."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kouryu.search.selectors import search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_site")]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_results_page_marks_hits_and_needs_no_javascript(client):
    response = client.get("/ja/search/", {"q": "北京"})
    page = soup(response)
    assert page.find("html")["lang"] == "ja"
    assert page.find_all("script") == []  # nothing to run: the form and links do it all
    assert not page.select("[style]") and not page.find_all("style")
    assert page.select("mark") and all(m.get_text() == "北京" for m in page.select("mark"))
    form = page.select_one("main form[role=search]")
    assert form["method"] == "get" and form["action"] == "/ja/search/"
    assert {field["name"] for field in form.select("input, select")} == {"q", "lang", "kind"}
    assert "Content-Security-Policy" in response.headers
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"
    stylesheet = page.select('link[rel="stylesheet"]')[-1]["href"]
    css = client.get(stylesheet)
    # Read to the end, as a server does: the test client then closes the file without
    # closing the database connection (which would lose the module's search site).
    assert css.status_code == 200 and b"".join(css.streaming_content)


def test_results_are_in_the_visitors_language_by_default(client):
    page = soup(client.get("/zh-hans/search/", {"q": "北京"}))
    hits = page.select("li.search-hit")
    assert hits and {hit["lang"] for hit in hits} == {"zh-Hans"}
    assert page.select_one("#search-lang option[selected]")["value"] == "zh-hans"


def test_all_languages_and_their_names(client):
    page = soup(client.get("/ja/search/", {"q": "北京", "lang": "all", "kind": "page"}))
    total = search("北京", kinds=["page"]).total
    assert total == 6  # the home, overview and greeting pages in Japanese and Chinese
    assert str(total) in page.select_one(".result-count").get_text()
    assert {hit["lang"] for hit in page.select("li.search-hit")} == {"ja", "zh-Hans"}
    languages = {hit.select_one(".search-meta").get_text() for hit in page.select("li.search-hit")}
    assert any("日本語" in meta for meta in languages) and any("简体中文" in m for m in languages)


def test_cross_script_query_on_the_page(client):
    page = soup(client.get("/ja/search/", {"q": "神户", "lang": "ja", "kind": "page"}))
    links = {a["href"] for a in page.select("li.search-hit h3 a")}
    assert "/ja/greeting/" in links
    assert "神戸" in {m.get_text() for m in page.select("mark")}


def test_pagination_links_keep_the_filters(client, publish_page):
    for n in range(12):
        publish_page(title=f"秋田犬 {n}", body="<p>秋田犬の交流会</p>")
    page = soup(client.get("/en/search/", {"q": "秋田犬", "lang": "all", "kind": "page"}))
    assert len(page.select("li.search-hit")) == 10
    next_link = page.select_one('nav.pagination a[rel="next"]')["href"]
    assert "q=%E7%A7%8B%E7%94%B0%E7%8A%AC" in next_link and "lang=all" in next_link
    assert "kind=page" in next_link and "page=2" in next_link
    second = soup(client.get("/en/search/" + next_link))
    assert len(second.select("li.search-hit")) == 2
    assert second.select_one("ol.search-hits")["start"] == "11"
    assert second.select_one('nav.pagination [aria-current="page"]').get_text() == "2"


def test_empty_query_gives_a_clear_message(client):
    page = soup(client.get("/ja/search/", {"q": ""}))
    assert page.select_one(".search-message").get_text(strip=True)
    assert not page.select("li.search-hit")


def test_a_thousand_character_query_gives_a_notice_not_an_error(client):
    page = soup(client.get("/ja/search/", {"q": "北京" * 500}))
    assert "200" in page.select_one(".search-notice").get_text()


def test_no_results_offers_other_languages(client):
    page = soup(client.get("/en/search/", {"q": "所長あいさつ"}))
    assert page.select_one(".search-message")
    link = page.select_one("section.search-results p a")
    assert search("所長あいさつ").total == 1  # the Japanese greeting
    assert "lang=all" in link["href"] and str(search("所長あいさつ").total) in link.get_text()


@pytest.mark.parametrize("number", ["z", "0", "-3", "99999999999999999999999"])
def test_bad_filter_values_fall_back_quietly(client, number):
    query = {"q": "北京", "lang": "xx", "kind": "nope", "page": number}
    page = soup(client.get("/ja/search/", query))
    assert {hit["lang"] for hit in page.select("li.search-hit")} == {"ja"}


def test_the_page_without_a_query_shows_only_the_form(client):
    page = soup(client.get("/ja/search/"))
    assert page.select_one("main form[role=search]")
    assert not page.select(".search-results")


def test_the_header_form_searches_in_the_current_language(client):
    page = soup(client.get("/zh-hans/"))
    form = page.select_one("header form.header-search")
    assert form["action"] == "/zh-hans/search/" and form.select_one("input[name=q]")


def test_query_count_does_not_grow_with_the_number_of_hits(client, no_page_cache):
    def count(query, **params):
        with CaptureQueriesContext(connection) as queries:
            client.get("/ja/search/", {"q": query, "lang": "all", **params})
        return len(queries)

    count("北京")  # the first request of a test fills the site's caches (site root paths)
    # Ten pages of several types, then one: the same queries.
    assert count("北京", kind="page") == count("職員紹介", kind="page")
    # Every type at once costs one more query per type with hits: pages in one, then
    # registry records and places.
    assert count("北京") <= count("職員紹介") + 2


def test_page_strings_follow_the_language(client):
    ja = client.get("/ja/search/", {"q": "北京"}).content.decode()
    en = client.get("/en/search/", {"q": "Beijing"}).content.decode()
    assert re.search(r"<h1>検索</h1>", ja)
    assert "<h1>Search</h1>" in en


def test_the_type_filter_offers_only_kinds_the_public_can_find(client, admin_client):
    from kouryu.search import registry

    assert "case" in registry.kinds()  # requests are indexed, for the staff only
    page = soup(client.get("/en/search/", {"q": "北京"}))
    offered = {option["value"] for option in page.select("select[name=kind] option")}
    assert "page" in offered and "case" not in offered
    staff = soup(admin_client.get("/admin/site-search/", {"q": "北京"}))
    assert "case" in {option["value"] for option in staff.select("select[name=kind] option")}

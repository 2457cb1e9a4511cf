"""Queries against the search site (tests.factories.search_site): each kind of query a visitor
types, filters and pages."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kouryu.search import registry, selectors
from kouryu.search.models import SearchEntry
from kouryu.search.selectors import MAX_QUERY_LENGTH, search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_site")]


def titles(results, language=None):
    return {str(hit.title) for hit in results.hits if language in (None, hit.language)}


@pytest.mark.parametrize("word", ["北京", "友好", "交流"])
def test_two_character_words_find_japanese_and_chinese_pages(word):
    results = search(word, kinds=["page", "news", "report"], per_page=50)
    # The greeting has all three words in Japanese and in Chinese; no English page has any.
    assert {"/ja/greeting/", "/zh-hans/greeting/"} <= {hit.url for hit in results.hits}
    assert {hit.language for hit in results.hits} == {"ja", "zh-hans"}
    assert all(f"<mark>{word}</mark>" in hit.snippet + hit.title for hit in results.hits)


def test_simplified_kobe_finds_the_japanese_greeting_that_writes_it_the_japanese_way():
    results = search("神户", language="ja", kinds=["page"])
    greeting = next(hit for hit in results.hits if hit.url == "/ja/greeting/")
    assert "<mark>神戸</mark>" in greeting.snippet


@pytest.mark.parametrize("query", ["神戸", "神戶"])
def test_japanese_and_traditional_kobe_find_the_chinese_greeting(query):
    results = search(query, language="zh-hans", kinds=["page"])
    greeting = next(hit for hit in results.hits if hit.url == "/zh-hans/greeting/")
    assert "<mark>神户</mark>" in greeting.snippet


def test_mixed_japanese_and_english_query():
    results = search("JET プログラム", language="ja")
    # The JET Programme is one of the lines of work, shown on the overview and home pages.
    assert {hit.url for hit in results.hits} == {"/ja/overview/", "/ja/"}
    overview = next(hit for hit in results.hits if hit.url == "/ja/overview/")
    assert "<mark>JET</mark>" in overview.snippet and "<mark>プログラム</mark>" in overview.snippet


def test_every_word_of_a_query_must_match():
    assert search("JET プログラム 存在しない語彙ですね", language="ja").total == 0


def test_english_words_find_english_pages():
    results = search("Kobe Tianjin", language="en")
    assert [hit.url for hit in results.hits] == ["/en/greeting/"]


def test_a_title_match_ranks_first():
    # The contact page names the staff page twice in its text; the title wins.
    results = search("職員紹介", language="ja")
    assert [hit.url for hit in results.hits] == ["/ja/staff/", "/ja/contact/"]


def test_empty_query_gives_a_message_without_touching_the_database():
    with CaptureQueriesContext(connection) as queries:
        results = search("   ")
    assert results.message and not results.hits and results.total == 0
    assert len(queries) == 0


def test_a_query_with_nothing_to_look_up_gives_a_message_without_a_query():
    with CaptureQueriesContext(connection) as queries:
        results = search("の、。！")
    assert results.message and not results.hits
    assert len(queries) == 0


def test_a_thousand_character_query_is_cut_with_a_notice():
    results = search("北京 " * 334)
    assert len(results.query) <= MAX_QUERY_LENGTH
    assert results.notice and str(MAX_QUERY_LENGTH) in results.notice
    assert results.total == search("北京").total > 0  # the words kept are still searched


def test_a_thousand_characters_without_spaces():
    results = search("交" * 1000)
    assert results.notice
    assert results.total == 0 and not results.message


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "AND",
        "OR NOT",
        "*",
        "NEAR(北京 交流)",
        '北京" OR "友好',
        "'; DROP TABLE x; --",
        "a:*",
        "\\",
        "北京 -交流",
        "(((",
        "^北京",
    ],
)
def test_query_syntax_is_never_passed_through(query):
    # Operators, quotes and wildcards are read as the words around them, nothing more:
    # the same results as the words alone, and nothing written.
    before = SearchEntry.objects.count()
    words = re.sub(r"[^\w]+", " ", query).strip()
    results, plain = search(query), search(words)
    assert (results.total, [h.entry_id for h in results.hits]) == (
        plain.total,
        [h.entry_id for h in plain.hits],
    )
    assert SearchEntry.objects.count() == before


def test_language_filter():
    results = search("北京", language="zh-hans", per_page=50)
    assert results.hits and {hit.language for hit in results.hits} == {"zh-hans"}


def test_zero_results_in_one_language_counts_the_others(publish_page):
    publish_page(title="秋田犬", body="<p>秋田犬の交流会</p>")
    results = search("秋田犬", language="en")
    assert results.total == 0
    assert results.total_in_other_languages == 1


def test_kind_filter():
    pages = search("北京", kinds=["page"], per_page=50)
    # The home, overview and greeting pages, in Japanese and in Chinese.
    assert pages.total == 6 and {hit.kind for hit in pages.hits} == {"page"}
    by_kind = sum(search("北京", kinds=[kind]).total for kind in registry.kinds())
    assert by_kind == search("北京").total
    assert search("北京", kinds=["no-such-kind"]).total == 0


@pytest.fixture
def twelve_pages(publish_page):
    return [publish_page(title=f"秋田犬 {n}", body="<p>秋田犬の交流会</p>") for n in range(12)]


def test_pagination(twelve_pages):
    first = search("秋田犬", page=1, per_page=5)
    second = search("秋田犬", page=2, per_page=5)
    third = search("秋田犬", page=3, per_page=5)
    assert first.total == 12 and first.num_pages == 3
    assert (len(first.hits), len(second.hits), len(third.hits)) == (5, 5, 2)
    seen = [hit.entry_id for r in (first, second, third) for hit in r.hits]
    assert len(set(seen)) == 12
    assert (first.has_previous, first.has_next, third.has_next) == (False, True, False)
    assert (second.start_index, second.end_index) == (6, 10)
    assert first.page_numbers() == [1, 2, 3]


def test_a_page_past_the_end_shows_the_last_page(twelve_pages):
    results = search("秋田犬", page=99, per_page=5)
    assert results.page == 3 and len(results.hits) == 2


def test_snippets_escape_html_and_mark_only_hits(publish_page):
    publish_page(
        title="試験ページ", body="<p>&lt;script&gt;alert(1)&lt;/script&gt; 北海道の交流会</p>"
    )
    hit = search("北海道", language="ja", kinds=["page"]).hits[0]
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>北海道</mark>" in hit.snippet


def test_staff_search_uses_the_same_index():
    assert selectors.search("北京", public=False).total == search("北京").total


def test_the_full_text_store_is_installed_by_the_migrations():
    from kouryu.search.stores import store_for

    assert store_for(connection).is_installed(connection)

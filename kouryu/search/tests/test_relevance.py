"""Our relevance set (relevance.py): every query finds its documents among the first five,
and the hits read in the reader's language."""

import pytest
from django.utils import translation

from kouryu.core.tests.transactions import rolled_back
from kouryu.search import selectors
from kouryu.search.tests.relevance import CASES, evaluate, relevance_site, score


@pytest.fixture(scope="module")
def relevance(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        made = relevance_site()
        yield made, evaluate(made)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.language}:{c.query}" for c in CASES])
def test_the_expected_documents_are_in_the_first_five(relevance, case, db):
    _made, outcomes = relevance
    outcome = next(o for o in outcomes if o.case == case)
    assert not outcome.missing, [str(hit.title) for hit in outcome.hits]


def test_the_set_finds_everything_and_mostly_first(relevance, db):
    _made, outcomes = relevance
    overall = score(outcomes)["all"]
    assert overall["recall_at_5"] == 1.0 and overall["mrr"] >= 0.9


@pytest.mark.parametrize(
    ("language", "title", "summary_word", "kind_label"),
    [
        ("ja", "神戸市", "兵庫県", "地名"),
        ("zh-hans", "神户市", "兵库县", "地名"),
        ("en", "Kobe", "Hyogo", "Places"),
    ],
)
def test_a_place_reads_in_the_reader_language(
    relevance, db, language, title, summary_word, kind_label
):
    with translation.override(language):
        results = selectors.search("神戸", kinds=["place"])
    hit = next(hit for hit in results.hits if hit.url.endswith(f"/{_kobe_pk()}/"))
    assert hit.title.replace("<mark>", "").replace("</mark>", "") == title
    assert summary_word in hit.snippet and hit.language == language
    assert hit.url.startswith(f"/{language}/")
    assert hit.kind_label == kind_label
    if language == "zh-hans":
        # The kind of place in Chinese, not the Japanese 市区町村.
        assert "市区町村" not in hit.snippet


def test_all_languages_show_a_place_once_in_the_reader_language(relevance, db):
    with translation.override("zh-hans"):
        results = selectors.search("神戸", kinds=["place"], language=None)
    kobe = [hit for hit in results.hits if hit.url.endswith(f"/{_kobe_pk()}/")]
    assert len(kobe) == 1 and kobe[0].language == "zh-hans"


def test_each_hit_carries_its_language_on_the_results_page(relevance, client):
    response = client.get("/zh-hans/search/", {"q": "神户", "lang": "all"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="zh-Hans"' in html and 'lang="ja"' in html  # a Japanese news item, too


def _kobe_pk():
    from kouryu.places.tests.factories import gazetteer_place

    return gazetteer_place("281000").pk

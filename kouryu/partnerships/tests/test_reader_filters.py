"""The registry's filters as a reader meets them, on the compact registry of factories."""

import pytest
from bs4 import BeautifulSoup

from kouryu.partnerships.models import Partnership, PartnershipKind
from kouryu.partnerships.tests.factories import Registry
from kouryu.places.models import Place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("registry")]


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_kind_filter_offers_the_kinds_records_have_with_their_counts(client):
    page = soup(client, "/en/registry/")
    options = [o.get_text(strip=True) for o in page.select("#id_kind option")]
    sister = Partnership.objects.filter(kind=PartnershipKind.SISTER).count()
    assert options[0] == "All kinds"
    assert f"Sister city ({sister})" in options
    assert f"Partnership (kind not recorded) ({Registry.UNSPECIFIED})" in options
    for value, label in PartnershipKind.choices:
        count = Partnership.objects.filter(kind=value).count()
        assert (f"{label} ({count})" in options) == bool(count)


def test_a_row_names_its_kind_only_where_it_is_known(client):
    page = soup(client, "/ja/registry/", q="天津市")
    cells = [td.get_text(strip=True) for td in page.select("table.registry td")]
    assert "提携（種別未記録）" not in cells


def test_a_year_filter_says_how_many_undated_records_it_leaves_out(client):
    hyogo = Place.objects.get(country__code="JP", code="280003")
    page = soup(client, "/ja/registry/", prefecture=hyogo.pk, year_from=1973, year_to=1990)
    note = page.select_one(".undated-note")
    assert f"{Registry.HYOGO_UNDATED}件" in note.get_text()
    listed = soup(client, "/ja/registry/" + note.a["href"])
    assert f"{Registry.HYOGO_UNDATED}件" in listed.select_one(".result-count").get_text()
    assert "提携年（この年まで）" in page.get_text()


@pytest.mark.parametrize(
    ("language", "word"), [("ja", "4桁"), ("zh-hans", "四位数"), ("en", "four digits")]
)
def test_a_year_like_19_is_refused_in_the_readers_language(client, language, word):
    page = soup(client, f"/{language}/registry/", year_from="19")
    assert word in page.select_one(".filters .error").get_text()


@pytest.mark.parametrize("sort", ["date", "-date", "japan"])
def test_a_name_search_lists_the_same_records_whether_it_matches_few_or_many(
    client, monkeypatch, no_page_cache, sort
):
    """A search matching few records is listed through their ids (PostgreSQL otherwise
    picks a slow plan); one matching more is filtered as before: the reader sees the same
    rows, in the same order, with the same count."""
    from kouryu.partnerships import selectors

    def listed(few: int):
        monkeypatch.setattr(selectors, "FEW_MATCHES", few)
        page = soup(client, "/en/registry/", q="兵庫", sort=sort)
        rows = [a["href"] for a in page.select("table.registry a[href*='/registry/']")]
        return page.select_one(".result-count").get_text(strip=True), rows

    through_ids, filtered = listed(10_000), listed(1)
    assert through_ids == filtered
    assert len(through_ids[1]) > 1

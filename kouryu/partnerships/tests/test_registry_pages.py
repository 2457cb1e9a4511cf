"""The public registry: search across scripts, filters, paging, exports and the pages of each record."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kouryu.partnerships.models import Partnership
from kouryu.partnerships.tests.factories import Registry
from kouryu.places.models import Country, Place, PlaceKind

# The compact registry of factories.registry(), built once for the module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("registry")]

THIS_YEAR = timezone.localdate().year


def rows(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(tr.get_text(" ").split()) for tr in soup.select("table.registry tbody tr")]


def kobe_tianjin() -> Partnership:
    return Partnership.objects.get(japan_side__code="281000", partner__code="120000")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        *((kobe, Registry.KOBE) for kobe in ["神户", "神戸", "Kobe", "こうべ", "コウベ", "KOBE"]),
        *((tianjin, 1) for tianjin in ["Tianjin", "Tiānjīn", "天津市"]),
    ],
)
def test_every_name_form_finds_kobe_tianjin(client, query, found):
    response = client.get("/ja/registry/", {"q": query})
    assert response.status_code == 200
    listed = rows(response)
    assert len(listed) == found, query  # Kobe's partnerships, or Tianjin's only
    assert any("神戸市" in row and "天津市" in row for row in listed), query


def test_detail_page_in_three_languages(client):
    pk = kobe_tianjin().pk
    ja = client.get(f"/ja/registry/{pk}/").content.decode()
    zh = client.get(f"/zh-hans/registry/{pk}/").content.decode()
    en = client.get(f"/en/registry/{pk}/").content.decode()
    assert "神戸市" in ja and "1973年6月24日" in ja
    assert "神户市" in zh and "1973年6月24日" in zh
    assert "Kobe" in en and "June 24, 1973" in en
    assert "wikipedia.org" in en


def test_unknown_partnership_is_a_404(client):
    assert client.get("/en/registry/999999/").status_code == 404


def test_filters_by_prefecture_province_and_years(client):
    hyogo = Place.objects.get(country__code="JP", code="280003")
    response = client.get(
        "/ja/registry/", {"prefecture": hyogo.pk, "year_from": 1970, "year_to": 1975}
    )
    listed = rows(response)
    # Kobe–Tianjin (1973) and the first of Hyogo's sister cities (1975), no other.
    assert len(listed) == 2 and all("兵庫県" in row for row in listed)
    assert any("天津市" in row for row in listed)


def test_bad_filter_values_are_reported_not_guessed(client):
    response = client.get("/en/registry/", {"year_from": "abc", "year_to": "1800"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    errors = [e.get_text() for e in soup.select(".filters .error")]
    assert len(errors) == 2
    assert len(rows(response)) == 25  # the invalid filters are ignored, the list still shows


def field_error(response, name: str) -> str:
    """The error shown beside a filter field, or '' if there is none."""
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one(f".filters #id_{name}").find_parent(class_="field")
    error = field.select_one(".error")
    return error.get_text(strip=True) if error and "has-error" in field["class"] else ""


@pytest.mark.parametrize(
    ("value", "bound"),
    [
        (str(THIS_YEAR + 1), THIS_YEAR),
        ("20261", THIS_YEAR),
        ("99999999999999999999999", THIS_YEAR),
        ("1" * 5000, None),  # more digits than Python reads as a number
        ("-5", 1950),
    ],
)
@pytest.mark.parametrize("name", ["year_from", "year_to"])
def test_year_out_of_range_is_reported_beside_the_field_and_the_list_still_shows(
    client, name, value, bound
):
    response = client.get("/ja/registry/", {name: value, "kind": "unspecified"})

    assert response.status_code == 200
    message = field_error(response, name)
    assert message and not message.isascii()  # in the reader's language
    if bound:
        assert str(bound) in message
    # The bad year is left out; the other filter still applies.
    assert f"{Registry.UNSPECIFIED}件" in BeautifulSoup(response.content, "html.parser").get_text()
    assert len(rows(response)) == 25


def test_year_out_of_range_on_the_map_is_reported_and_the_map_still_drawn(client):
    response = client.get("/en/registry/map/", {"year_from": "20261", "kind": "unspecified"})

    assert response.status_code == 200
    assert str(THIS_YEAR) in field_error(response, "year_from")
    spec = json.loads(BeautifulSoup(response.content, "html.parser").select_one("#map-data").text)
    drawn = Partnership.objects.filter(
        kind="unspecified", japan_side__latitude__isnull=False, partner__latitude__isnull=False
    ).count()
    assert len(spec["lines"]) == drawn == Registry.UNSPECIFIED  # every place has its position


def test_this_year_itself_is_accepted(client):
    response = client.get("/en/registry/", {"year_from": str(THIS_YEAR), "year_to": THIS_YEAR})

    assert response.status_code == 200
    assert field_error(response, "year_from") == field_error(response, "year_to") == ""


def test_huge_prefecture_id_is_a_form_error(client):
    response = client.get("/en/registry/", {"prefecture": "99999999999999999999999"})

    assert response.status_code == 200
    assert field_error(response, "prefecture")
    assert len(rows(response)) == 25


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("params", [{"year_from": "20261"}, {"year_to": "1" * 30}])
def test_export_with_a_bad_filter_says_what_is_wrong_instead_of_exporting(client, fmt, params):
    response = client.get(f"/zh-hans/registry/export.{fmt}", {**params, "kind": "unspecified"})

    assert response.status_code == 400
    assert not response.streaming  # nothing half-sent
    [name] = params
    if fmt == "json":
        [error] = response.json()["detail"]
        assert error["loc"] == ["query", name]
        message = error["msg"]
    else:
        assert response["Content-Type"].startswith("text/plain")
        message = response.content.decode()
    assert message and not message.isascii()  # in the reader's language


def test_export_links_of_the_list_carry_only_the_filters_applied(client):
    response = client.get("/ja/registry/", {"year_from": "20261", "kind": "unspecified"})
    soup = BeautifulSoup(response.content, "html.parser")
    link = next(a["href"] for a in soup.select(".result-count a") if a.get_text() == "CSV")

    assert "year_from" not in link and "kind=unspecified" in link
    export = client.get(link)
    assert export.status_code == 200
    body = b"".join(export.streaming_content).decode("utf-8")
    assert len(list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))) == Registry.UNSPECIFIED


def page_shown(response) -> tuple[int, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    note = soup.select_one("#results .page-note")
    return response.context["page_obj"].number, note.get_text(strip=True) if note else ""


@pytest.mark.parametrize(
    ("page", "first"),
    [
        ("abc", True),
        ("0", True),
        ("-1", True),
        ("1.5", True),
        ("1" * 5000, True),
        ("99999999999999999999999", False),
        ("5000", False),
    ],
)
def test_page_that_does_not_exist_shows_the_nearest_page_and_says_so(client, page, first):
    response = client.get("/ja/registry/", {"page": page, "kind": "unspecified"})

    assert response.status_code == 200
    last = response.context["page_obj"].paginator.num_pages
    number, note = page_shown(response)
    assert last == 3  # 61 records, 25 a page
    assert number == (1 if first else last)
    assert note and str(number) in note
    assert len(rows(response)) > 0


@pytest.mark.parametrize("page", [None, "", "2"])
def test_page_that_exists_has_no_note(client, page):
    response = client.get("/ja/registry/", {"page": page} if page is not None else {})

    assert page_shown(response) == (int(page or 1), "")


def test_pagination_and_sorting_keep_filters(client):
    response = client.get("/en/registry/", {"sort": "-date", "kind": "unspecified"})
    soup = BeautifulSoup(response.content, "html.parser")
    next_link = soup.select_one('.pagination a[rel="next"]')["href"]
    assert "sort=-date" in next_link and "kind=unspecified" in next_link and "page=2" in next_link
    assert client.get("/en/registry/" + next_link).status_code == 200


def test_htmx_request_gets_only_the_results(client):
    response = client.get(
        "/ja/registry/", {"q": "Kobe"}, headers={"HX-Request": "true", "HX-Target": "results"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "<html" not in html


def test_list_query_count_does_not_grow_with_the_data(client, no_page_cache):
    def count(params):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/ja/registry/", params).status_code == 200
        return len(ctx.captured_queries)

    params = [{}, {"q": "神戸"}, {"kind": "unspecified", "sort": "-date"}]
    count({})  # the first request of a test fills the site's caches (site root paths)
    before = [count(p) for p in params]
    # Grow the registry: Kobe partnered with 300 more Chinese counties.
    kobe = Place.objects.get(country__code="JP", code="281000")
    counties = Place.objects.filter(country__code="CN", kind="county")[:300]
    Partnership.objects.bulk_create(
        Partnership(japan_side=kobe, partner=county, kind="unspecified") for county in counties
    )
    assert [count(p) for p in params] == before


def test_place_page_lists_its_partners_and_map_data(client):
    kobe = Place.objects.get(country__code="JP", code="281000")
    response = client.get(f"/zh-hans/registry/places/{kobe.pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "神户市"
    spec = json.loads(soup.select_one("#map-data").get_text())
    assert any(point["name"] == "天津市" for point in spec["points"])


def test_statistics_show_official_figure_beside_records_held(client):
    response = client.get("/en/registry/statistics/")
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())
    assert "Published figure (official total)" in text and "368" in text
    assert f"Records in this registry (partnerships with China) {Registry.CHINA}" in text
    undated = Registry.CHINA - Registry.CHINA_DATED
    assert f"{Registry.CHINA_DATED} with an agreement date, {undated} without" in text
    assert "1973" in text


def test_export_csv_and_json_follow_the_filters(client):
    response = client.get("/ja/registry/export.csv", {"q": "Kobe"})
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")  # Excel needs the BOM to read UTF-8
    reader = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert len(reader) == Registry.KOBE  # Tianjin, Seattle and Incheon
    assert "120000" in {row["partner_code"] for row in reader}
    response = client.get("/ja/registry/export.json", {"q": "Kobe"})
    data = json.loads(b"".join(response.streaming_content))
    assert data["count"] == len(reader) == len(data["results"])
    assert client.get("/ja/registry/export.xml").status_code == 404


def test_export_csv_writes_formulas_as_text(client):
    # Anyone who can write a record could otherwise run a formula on a reader's machine.
    kobe = Place.objects.get(country__code="JP", code="281000")
    abroad = Place.objects.create(
        country=Country.objects.get(code="US"), kind=PlaceKind.OTHER, name_en="+cmd"
    )
    record = Partnership.objects.create(
        japan_side=kobe, partner=abroad, date_basis='=HYPERLINK("http://x","y")'
    )

    response = client.get("/ja/registry/export.csv", {"q": "Kobe"})

    body = b"".join(response.streaming_content).decode("utf-8")
    exported = {row["id"]: row for row in csv.DictReader(io.StringIO(body.lstrip("\ufeff")))}
    assert exported[str(record.pk)]["date_basis"] == '\'=HYPERLINK("http://x","y")'
    assert exported[str(record.pk)]["partner_local_gov"] == "'+cmd"
    tianjin = exported[str(kobe_tianjin().pk)]
    assert (tianjin["partner_local_gov"], tianjin["agreement_date"]) == ("天津市", "1973-06-24")


def test_registry_pages_need_no_javascript(client):
    soup = BeautifulSoup(client.get("/ja/registry/").content, "html.parser")
    form = soup.select_one("form.filters")
    assert form["method"] == "get" and form.select_one('button[type="submit"]')


@pytest.mark.parametrize(
    ("language", "name"), [("ja", "神戸市"), ("zh-hans", "神户市"), ("en", "Kobe")]
)
def test_site_search_finds_registry_records_in_the_readers_language(client, language, name):
    soup = BeautifulSoup(
        client.get(f"/{language}/search/", {"q": "神户 天津"}).content, "html.parser"
    )
    links = [a["href"] for a in soup.select("li.search-hit h3 a")]
    record = f"/{language}/registry/{kobe_tianjin().pk}/"
    assert record in links
    assert client.get(record).status_code == 200
    assert name in client.get(record).content.decode()

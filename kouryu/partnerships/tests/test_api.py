"""The read API at /api/v1/: partnerships, places, statistics and the OpenAPI document."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, path, resolve
from django.utils import timezone

from config import urls as site_urls
from config.api import api
from kouryu.partnerships import selectors
from kouryu.partnerships.forms import PartnershipFilterForm
from kouryu.partnerships.models import PartnershipKind, PartnershipLevel, PartnershipStatus
from kouryu.partnerships.tests.factories import Registry
from kouryu.places.models import Place, PlaceKind

# The compact registry of factories.registry(), built once for the module.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("registry")]

THIS_YEAR = timezone.localdate().year
HUGE = "99999999999999999999999"

# Used only while config/urls.py does not mount the API itself (see _api_mounted).
urlpatterns = [path("api/v1/", api.urls), *site_urls.urlpatterns]


@pytest.fixture(autouse=True)
def _api_mounted(settings):
    try:
        resolve("/api/v1/openapi.json")
    except Resolver404:
        settings.ROOT_URLCONF = __name__


def place(code: str, country: str = "JP") -> Place:
    return Place.objects.get(country__code=country, code=code)


@pytest.fixture
def kobe():
    return place("281000")


@pytest.fixture
def hyogo():
    return place("280003")


@pytest.fixture
def tianjin():
    return place("120000", "CN")


def get(client, url, **params):
    response = client.get(url, params)
    assert response["Content-Type"].startswith("application/json")
    return response, response.json()


def pairs(results) -> set[tuple[str, str]]:
    return {(r["japan_side"]["code"], r["partner"]["code"]) for r in results}


# Partnerships.


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({}, Registry.TOTAL),
        ({"country": "CN"}, Registry.CHINA),
        # All but Kobe–Tianjin (city–province) and Hyogo–Guangdong (prefecture–province).
        ({"level": "city_city", "sort": "-date"}, Registry.TOTAL - 2),
        ({"kind": "unspecified", "status": "active"}, Registry.UNSPECIFIED),
        # Hyogo's sister cities of 1980–84, Hyogo–Guangdong (1983), the others of 1985–90.
        ({"year_from": "1980", "year_to": "1990"}, 5 + 1 + 6),
        ({"q": "神户"}, Registry.KOBE),
    ],
)
def test_list_count_is_the_public_lists(client, params, count):
    response, data = get(client, "/api/v1/partnerships", **params)

    assert response.status_code == 200
    public = {k: v for k, v in params.items() if k != "country"}
    expected = selectors.partnership_list(filters=PartnershipFilterForm(public).filters)
    if "country" in params:
        expected = expected.filter(partner__country__code=params["country"])
    assert data["count"] == expected.count() == count
    assert [r["id"] for r in data["results"]] == [p.pk for p in expected[:50]]


def test_prefecture_and_province_by_id_or_code_agree_with_the_public_list(client, hyogo, tianjin):
    public = PartnershipFilterForm({"prefecture": str(hyogo.pk), "year_from": "1970"}).filters
    expected = selectors.partnership_list(filters=public).count()

    _, by_id = get(client, "/api/v1/partnerships", prefecture=hyogo.pk, year_from=1970)
    _, by_code = get(client, "/api/v1/partnerships", prefecture="280003", year_from=1970)
    _, both = get(client, "/api/v1/partnerships", prefecture="280003", province="120000")

    # Kobe–Tianjin, Hyogo–Guangdong, Hyogo's ten dated sister cities and Kobe–Incheon (2010);
    # not Kobe–Seattle (1957) nor Hyogo's undated records.
    assert by_id["count"] == by_code["count"] == expected == 2 + Registry.HYOGO_DATED + 1
    assert pairs(both["results"]) == {("281000", "120000")}
    assert all(r["partner"]["parent_id"] in (None, tianjin.pk) for r in both["results"])


@pytest.mark.parametrize("q", ["神户", "Tianjin", "神戸", "天津"])
def test_search_finds_kobe_tianjin_by_either_side_in_any_script(client, q):
    response, data = get(client, "/api/v1/partnerships", q=q, limit=500)

    assert response.status_code == 200
    assert ("281000", "120000") in pairs(data["results"])


def test_result_shape(client, kobe, tianjin):
    _, data = get(client, "/api/v1/partnerships", prefecture="280003", province="120000")
    record = next(r for r in data["results"] if r["japan_side"]["id"] == kobe.pk)

    assert record["japan_side"] == {
        "id": kobe.pk,
        "code": "281000",
        "name_ja": "神戸市",
        "name_zh": kobe.name_zh,
        "name_en": "Kobe",
        "kind": "municipality",
        "parent_id": kobe.parent_id,
    }
    assert record["partner"]["id"] == tianjin.pk
    assert record["partner"]["country"] == "CN"
    assert record["partner"]["name_zh"] == "天津市"
    assert record["level"] == "city_province"
    assert set(record) == {
        "id", "japan_side", "partner", "kind", "level", "agreed_on", "date_precision",
        "date_basis", "status", "ends_on", "sources",
    }  # fmt: skip
    assert record["sources"]
    assert set(record["sources"][0]) == {"kind", "title", "url"}


def test_paging(client):
    _, first = get(client, "/api/v1/partnerships", country="CN", limit=10)
    _, second = get(client, first["next"])
    _, back = get(client, second["previous"])
    _, last = get(client, "/api/v1/partnerships", country="CN", limit=10, offset=first["count"] - 3)

    assert first["count"] == second["count"] == last["count"] == Registry.CHINA
    assert (first["limit"], first["offset"], first["previous"]) == (10, 0, None)
    assert first["next"].startswith("http://testserver/api/v1/partnerships?")
    assert "country=CN" in first["next"]
    assert second["offset"] == 10
    assert len(first["results"]) == len(second["results"]) == 10
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    assert back["results"] == first["results"]
    assert len(last["results"]) == 3
    assert last["next"] is None


def test_default_limit_is_50(client):
    _, data = get(client, "/api/v1/partnerships")

    assert data["limit"] == 50
    assert len(data["results"]) == 50


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"level": "town_town"}, "level"),
        ({"kind": "twin"}, "kind"),
        ({"status": "maybe"}, "status"),
        ({"sort": "random"}, "sort"),
        ({"year_from": "nineteen"}, "year_from"),
        ({"year_from": "1800"}, "year_from"),
        ({"year_from": "2000", "year_to": "1990"}, "year_to"),
        ({"prefecture": "999999"}, "prefecture"),
        ({"prefecture": "120000"}, "prefecture"),  # Tianjin is a province, not a prefecture
        ({"province": "281000"}, "province"),
        ({"country": "XX"}, "country"),
        ({"q": "x" * 101}, "q"),
        ({"limit": "0"}, "limit"),
        ({"limit": "501"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"limit": "many"}, "limit"),
        ({"year_from": "20261"}, "year_from"),
        ({"year_from": str(THIS_YEAR + 1)}, "year_from"),
        ({"year_to": HUGE}, "year_to"),
        ({"year_to": "-" + HUGE}, "year_to"),
        ({"year_from": "1" * 5000}, "year_from"),
        ({"limit": HUGE}, "limit"),
        ({"offset": HUGE}, "offset"),
        ({"prefecture": HUGE}, "prefecture"),
        ({"province": HUGE}, "province"),
        ({"prefecture": "Hyogo"}, "prefecture"),
        ({"q": "a\x00b"}, "q"),
        ({"country": "C\x00"}, "country"),
    ],
)
def test_bad_filter_is_a_422_naming_the_parameter(client, params, field):
    response, data = get(client, "/api/v1/partnerships", **params)

    assert response.status_code == 422
    assert [error["loc"] for error in data["detail"]] == [["query", field]]
    assert all(error["msg"] for error in data["detail"])


def test_year_of_this_year_is_accepted(client):
    response, data = get(client, "/api/v1/partnerships", year_from=1950, year_to=THIS_YEAR)

    assert response.status_code == 200
    assert data["count"] == Registry.CHINA_DATED + Registry.ABROAD  # every dated record


def test_error_messages_follow_the_requests_language(client):
    def message(language, **params):
        response = client.get("/api/v1/partnerships", params, headers={"accept-language": language})
        assert response.status_code == 422
        return response.json()["detail"][0]["msg"]

    # Both kinds of check: the schema's (limit) and the public form's (an unknown kind).
    for params in ({"limit": "0"}, {"year_to": "20261"}, {"level": "x"}, {"limit": "x"}):
        ja, zh, en = (message(lang, **params) for lang in ("ja", "zh-hans", "en"))
        assert ja != en and zh != en and ja != zh, params
        assert en.isascii() and not ja.isascii()


def test_empty_filters_are_ignored_as_on_the_public_list(client):
    _, everything = get(client, "/api/v1/partnerships")
    response, data = get(client, "/api/v1/partnerships", q="", prefecture="", year_from="", sort="")

    assert response.status_code == 200
    assert data["count"] == everything["count"]


def test_detail(client, kobe, tianjin):
    record = selectors.partnership_list(filters={}).get(japan_side=kobe, partner=tianjin)

    response, data = get(client, f"/api/v1/partnerships/{record.pk}")

    assert response.status_code == 200
    assert data["id"] == record.pk
    assert data["partner"]["name_en"] == "Tianjin"
    assert data["sources"]
    assert "background_en" in data


@pytest.mark.parametrize(
    ("url", "table"),
    [("/api/v1/partnerships/", "partnerships_partnership"), ("/api/v1/places/", "places_place")],
)
@pytest.mark.parametrize("pk", [HUGE, "9223372036854775808", "0"])
def test_id_out_of_range_is_a_422_never_a_query(client, url, table, pk):
    with CaptureQueriesContext(connection) as queries:
        response, data = get(client, url + pk)

    assert response.status_code == 422
    assert data["detail"][0]["loc"] == ["path", url.split("/")[-2].rstrip("s") + "_id"]
    assert not [q for q in queries if table in q["sql"]]


def test_unknown_partnership_is_a_json_404(client):
    response, data = get(client, "/api/v1/partnerships/999999999")

    assert response.status_code == 404
    assert data["detail"]


def test_queries_do_not_grow_with_the_page_size(client):
    get(client, "/api/v1/partnerships", limit=1)  # fills the caches (the office's countries)
    with CaptureQueriesContext(connection) as ten:
        _, small = get(client, "/api/v1/partnerships", limit=10, country="CN")
    with CaptureQueriesContext(connection) as hundred:
        _, large = get(client, "/api/v1/partnerships", limit=100, country="CN")

    assert len(small["results"]) == 10
    assert len(large["results"]) == 100
    assert len(ten) == len(hundred) <= 5


# Places.


def test_place_by_code(client, kobe):
    response, data = get(client, "/api/v1/places", code="281000", country="JP")

    assert response.status_code == 200
    assert data["count"] == 1
    [found] = data["results"]
    assert found["id"] == kobe.pk
    assert (found["name_ja"], found["name_en"], found["country"]) == ("神戸市", "Kobe", "JP")
    assert found["kind"] == "municipality"
    assert found["latitude"] is not None


def test_place_list_by_parent_pages(client, hyogo):
    _, data = get(client, "/api/v1/places", parent=hyogo.pk, limit=5)

    assert data["count"] == hyogo.children.count() > 5
    assert len(data["results"]) == 5
    assert all(p["parent_id"] == hyogo.pk for p in data["results"])


def test_place_detail(client, kobe):
    response, data = get(client, f"/api/v1/places/{kobe.pk}")

    assert response.status_code == 200
    assert data["code"] == "281000"
    assert data["parent_id"] == kobe.parent_id


def test_unknown_place_is_a_json_404(client):
    response, data = get(client, "/api/v1/places/999999999")

    assert response.status_code == 404
    assert data["detail"]


def test_bad_country_is_a_422(client):
    response, data = get(client, "/api/v1/places", country="Japan")

    assert response.status_code == 422
    assert data["detail"][0]["loc"] == ["query", "country"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"parent": HUGE}, "parent"),
        ({"parent": "-" + HUGE}, "parent"),
        ({"parent": "0"}, "parent"),
        ({"parent": "x"}, "parent"),
        ({"offset": HUGE}, "offset"),
        ({"offset": "-1"}, "offset"),
        ({"limit": HUGE}, "limit"),
        ({"code": "\x00"}, "code"),
        ({"code": "28100x"}, "code"),
        ({"code": "1" * 13}, "code"),
        ({"kind": "village"}, "kind"),
    ],
)
def test_bad_place_parameter_is_a_json_422(client, params, field):
    response, data = get(client, "/api/v1/places", **params)

    assert response.status_code == 422
    assert [error["loc"] for error in data["detail"]] == [["query", field]]
    assert all(error["msg"] for error in data["detail"])


@pytest.mark.parametrize(
    "params", [{"name": "a\x00b"}, {"name": "x" * 201}, {"name": "Kobe", "country": "J"}]
)
def test_bad_resolve_parameter_is_a_json_422(client, params):
    response, data = get(client, "/api/v1/places/resolve", **params)

    assert response.status_code == 422


def test_place_code_and_parent_may_be_empty_as_before(client, hyogo):
    _, everything = get(client, "/api/v1/places", limit=1)
    response, data = get(client, "/api/v1/places", code="", limit=1)

    assert response.status_code == 200
    assert data["count"] == everything["count"]


def test_resolve_simplified_chinese_name_to_kobe(client, kobe):
    response, data = get(client, "/api/v1/places/resolve", name="神户", country="JP")

    assert response.status_code == 200
    assert data["status"] == "resolved"
    assert data["place"]["id"] == kobe.pk
    assert data["candidates"][0]["place"]["id"] == kobe.pk
    assert data["reason"]


def test_resolve_ambiguous_ward_lists_the_candidates(client):
    _, data = get(client, "/api/v1/places/resolve", name="中央区")

    assert data["status"] == "ambiguous"
    assert data["place"] is None
    assert len(data["candidates"]) > 2
    assert {c["place"]["name_ja"] for c in data["candidates"][:3]} == {"中央区"}
    assert len({c["place"]["parent_id"] for c in data["candidates"]}) > 2


def test_resolve_unknown_name(client):
    _, data = get(client, "/api/v1/places/resolve", name="Atlantis", country="JP")

    assert (data["status"], data["place"], data["candidates"]) == ("not_found", None, [])


def test_resolve_needs_a_name(client):
    response, data = get(client, "/api/v1/places/resolve")

    assert response.status_code == 422
    assert data["detail"][0]["loc"] == ["query", "name"]


# Statistics and the document.


def test_statistics_keep_registry_counts_apart_from_the_official_figure(client, hyogo):
    response, data = get(client, "/api/v1/statistics")

    assert response.status_code == 200
    registry = data["registry"]
    stats = selectors.statistics()
    assert registry["country"] == "CN"
    assert registry["total"] == stats["total"] == Registry.CHINA
    assert (registry["dated"], registry["undated"]) == (
        Registry.CHINA_DATED,
        Registry.CHINA - Registry.CHINA_DATED,
    )
    assert registry["years"][-1]["cumulative"] == registry["dated"]
    assert sum(row["count"] for row in registry["by_level"]) == registry["total"]
    assert {row["level"]: row["count"] for row in registry["by_level"]} == {
        "prefecture_province": 1,
        "prefecture_city": 0,
        "city_province": 1,
        "city_city": Registry.CHINA - 2,
    }
    prefectures = {row["place"]["id"]: row["count"] for row in registry["by_prefecture"]}
    assert prefectures[hyogo.pk] == dict(stats["by_prefecture"])[hyogo] == Registry.HYOGO
    assert registry["by_province"][0]["place"]["name_zh"]
    countries = {row["country"]: row["count"] for row in registry["by_country"]}
    assert countries == {"CN": Registry.CHINA, "KR": 1, "US": 1}
    assert sum(countries.values()) == registry["all_countries_total"] == Registry.TOTAL
    official = data["official"]
    assert official["key"] == "jp-cn-partnerships"
    assert official["value"] == 368
    assert official["source_name"]


def test_openapi_document(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["info"]["title"] == "Kouryu registry API"
    assert {
        "/api/v1/partnerships",
        "/api/v1/partnerships/{partnership_id}",
        "/api/v1/places",
        "/api/v1/places/resolve",
        "/api/v1/places/{place_id}",
        "/api/v1/statistics",
    } <= set(document["paths"])
    parameters = document["paths"]["/api/v1/partnerships"]["get"]["parameters"]
    assert {"q", "prefecture", "province", "country", "year_from", "limit", "offset"} <= {
        p["name"] for p in parameters
    }


def openapi(client) -> dict:
    return json.loads(client.get("/api/v1/openapi.json").content)


def operations(document) -> dict:
    return {
        f"{method.upper()} {path.removeprefix('/api/v1')}": operation
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }


def resolved(document, schema: dict) -> dict:
    """The schema with a $ref replaced by what it names (its own keys kept beside)."""
    if "$ref" not in schema:
        return schema
    name = schema["$ref"].rsplit("/", 1)[-1]
    return {**document["components"]["schemas"][name], **schema}


def parameters(document, operation: str) -> dict:
    return {
        p["name"]: resolved(document, p["schema"])
        for p in operations(document)[operation].get("parameters", [])
    }


def test_openapi_document_declares_the_error_answers(client):
    document = openapi(client)
    ops = operations(document)

    for name, operation in ops.items():
        responses = operation["responses"]
        if operation.get("parameters"):
            schema = resolved(document, responses["422"]["content"]["application/json"]["schema"])
            item = resolved(document, schema["properties"]["detail"]["items"])
            assert {"type", "loc", "msg"} <= set(item["required"]), name
        if "{" in name:
            schema = resolved(document, responses["404"]["content"]["application/json"]["schema"])
            assert schema["properties"]["detail"]["type"] == "string", name
    assert set(ops["GET /statistics"]["responses"]) == {"200"}  # it takes no parameter
    assert "404" not in ops["GET /partnerships"]["responses"]  # a list is never missing


def test_openapi_document_declares_enums_and_integer_bounds(client):
    document = openapi(client)
    partnerships = parameters(document, "GET /partnerships")
    places = parameters(document, "GET /places")

    assert partnerships["kind"]["enum"] == list(PartnershipKind.values)
    assert partnerships["status"]["enum"] == list(PartnershipStatus.values)
    assert partnerships["level"]["enum"] == list(PartnershipLevel.values)
    assert partnerships["sort"]["enum"] == ["date", "-date", "japan", "partner"]
    assert places["kind"]["enum"] == list(PlaceKind.values)
    for name in ("year_from", "year_to"):
        assert (partnerships[name]["type"], partnerships[name]["minimum"]) == ("integer", 1950)
        assert partnerships[name]["maximum"] == THIS_YEAR
    for params in (partnerships, places):
        assert (params["limit"]["type"], params["limit"]["minimum"]) == ("integer", 1)
        assert params["limit"]["maximum"] == 500
        assert (params["offset"]["type"], params["offset"]["minimum"]) == ("integer", 0)
        assert params["offset"]["maximum"] >= 1_000_000
    assert (places["parent"]["type"], places["parent"]["minimum"]) == ("integer", 1)
    for operation, name in (
        ("GET /partnerships/{partnership_id}", "partnership_id"),
        ("GET /places/{place_id}", "place_id"),
    ):
        schema = parameters(document, operation)[name]
        assert (schema["type"], schema["minimum"], schema["maximum"]) == ("integer", 1, 2**63 - 1)
    assert places["parent"]["maximum"] == 2**63 - 1
    for name in ("prefecture", "province"):
        assert partnerships[name]["pattern"] == "^[0-9]+$"  # an id or a code, digits both


def test_openapi_parameters_are_never_null(client):
    # A URL has no null: a client reading "type: null" would send the text "null".
    document = openapi(client)
    for name, operation in operations(document).items():
        for parameter in operation.get("parameters", []):
            assert "null" not in json.dumps(parameter["schema"]), (name, parameter["name"])


def test_openapi_year_maximum_follows_the_calendar(client, monkeypatch):
    # Not frozen when the server starts: a server running over the new year takes it.
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2031, 1, 1))

    partnerships = parameters(openapi(client), "GET /partnerships")
    _, data = get(client, "/api/v1/partnerships", year_from=2031)

    assert partnerships["year_to"]["maximum"] == 2031
    assert data["count"] == 0


def test_root_points_to_the_document(client):
    response, data = get(client, "/api/v1/")

    assert response.status_code == 200
    assert data["openapi"] == "http://testserver/api/v1/openapi.json"


@pytest.mark.parametrize("url", ["/api/v1/docs", "/api/v1/nothing/here", "/api/v1/partnerships/x"])
def test_unknown_address_is_a_json_404_not_a_page(client, url):
    # No Swagger page either: ninja's loads its scripts from a CDN.
    response, data = get(client, url)

    assert response.status_code == 404
    assert data["detail"]

"""The partner country is the office's, not the code's: an office working with Korea gets a
registry about Korea, in its statistics, filters, API and imports."""

import pytest
from bs4 import BeautifulSoup

from kouryu.offices.models import Office
from kouryu.offices.tests.factories import ThisOfficeFactory
from kouryu.partnerships.models import Partnership
from kouryu.partnerships.services import partnership_import_csv
from kouryu.partnerships.tests.factories import PartnershipFactory
from kouryu.places.models import Country, PlaceKind
from kouryu.places.tests.factories import PlaceFactory, gazetteer_place

pytestmark = pytest.mark.django_db


@pytest.fixture
def seoul_office():
    Office.objects.update(is_this_office=False)
    return ThisOfficeFactory(name="ソウル事務所", city="ソウル", partner_country="KR")


@pytest.fixture
def korea():
    country = Country.objects.get(code="KR")
    gyeonggi = PlaceFactory(
        country=country,
        kind=PlaceKind.PROVINCE,
        level=1,
        code="41",
        name_ja="京畿道",
        name_zh="京畿道",
        name_en="Gyeonggi",
    )
    suwon = PlaceFactory(
        country=country,
        kind=PlaceKind.PREFECTURE_CITY,
        level=2,
        code="41110",
        parent=gyeonggi,
        name_ja="水原市",
        name_zh="水原市",
        name_en="Suwon",
    )
    return gyeonggi, suwon


def test_statistics_and_their_page_follow_the_partner_country(client, seoul_office, korea):
    gyeonggi, suwon = korea
    PartnershipFactory(japan_side=gazetteer_place("281000"), partner=suwon)
    PartnershipFactory(japan_side=gazetteer_place("280003"), partner=gyeonggi)
    page = BeautifulSoup(client.get("/ja/registry/statistics/").content, "html.parser")
    headings = [h.get_text(" ", strip=True) for h in page.select("h2")]
    assert any("韓国" in h for h in headings) and not any("中国" in h for h in headings)
    tile = page.select_one(".tile.records .tile-value").get_text(strip=True)
    assert tile == str(Partnership.objects.filter(partner__country__code="KR").count())
    provinces = page.select_one("#provinces-heading").find_parent("section").get_text()
    assert "京畿道" in provinces and "北京" not in provinces


def test_the_filters_offer_the_partner_countrys_provinces(client, seoul_office, korea):
    gyeonggi, suwon = korea
    PartnershipFactory(japan_side=gazetteer_place("281000"), partner=suwon)
    page = BeautifulSoup(client.get("/ja/registry/").content, "html.parser")
    options = [o.get_text(strip=True) for o in page.select("select[name=province] option")]
    assert options[1:] == ["京畿道"]
    assert "韓国" in page.select_one("label[for=id_province]").get_text()
    filtered = client.get("/ja/registry/", {"province": gyeonggi.pk})
    assert [p.partner for p in filtered.context["page_obj"]] == [suwon]


def test_the_api_follows_the_partner_country(client, seoul_office, korea):
    gyeonggi, suwon = korea
    PartnershipFactory(japan_side=gazetteer_place("281000"), partner=suwon)
    stats = client.get("/api/v1/statistics").json()["registry"]
    korean = Partnership.objects.filter(partner__country__code="KR").count()
    assert (stats["country"], stats["total"]) == ("KR", korean)
    assert [row["place"]["code"] for row in stats["by_province"]] == ["41"]
    listed = client.get("/api/v1/partnerships", {"province": gyeonggi.pk}).json()
    assert [r["partner"]["code"] for r in listed["results"]] == ["41110"]
    # A Chinese province is no choice of this office's registry.
    beijing = gazetteer_place("110000", "CN")
    assert client.get("/api/v1/partnerships", {"province": beijing.pk}).status_code == 422


def test_an_import_resolves_names_in_the_partner_country(seoul_office, korea):
    gyeonggi, suwon = korea
    report = partnership_import_csv(
        text="japan_local_gov,partner_province,partner_local_gov,kind\n神戸市,京畿道,水原市,sister\n"
    )
    assert report.ok, report.problems
    assert report.created == 1
    assert report.touched_ids

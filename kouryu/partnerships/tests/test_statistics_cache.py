"""The registry's statistics are kept in the shared cache, and are never behind a save,
an import or a deletion (the page cache's generation, kouryu.core.pagecache)."""

import pytest

from kouryu.partnerships.services import partnership_import_csv
from kouryu.partnerships.tests.factories import PartnershipFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

HEADER = "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,kind,agreement_date,source_url\n"


def figures(client) -> str:
    response = client.get("/ja/registry/statistics/")
    assert response.status_code == 200
    return response.content.decode()


def total(client) -> int:
    from kouryu.partnerships import selectors

    return selectors.statistics()["total"]


def test_statistics_follow_saves_imports_and_deletions(client, django_assert_num_queries):
    from kouryu.offices.tests.factories import ThisOfficeFactory
    from kouryu.partnerships import selectors

    ThisOfficeFactory()  # the Beijing office: partnerships with China
    first = PartnershipFactory()
    assert total(client) == 1
    with django_assert_num_queries(0):  # the counts (and the country) come from the cache
        assert selectors.statistics()["total"] == 1

    report = partnership_import_csv(
        text=HEADER + "北海道,稚内市,CN,西藏自治区,拉萨市,friendship,1995-11,\n"
    )
    assert report.applied and report.created == 1
    assert total(client) == 2
    assert "1995" in figures(client)  # the year chart's data, on the page

    first.delete()
    assert total(client) == 1


def test_a_prefecture_filter_finds_a_city_added_under_it_after_it_was_read(client):
    """The places below a prefecture are kept for the generation: a new place starts one."""
    from kouryu.places.models import PlaceKind
    from kouryu.places.tests.factories import PlaceFactory, gazetteer_place

    hyogo = gazetteer_place("280003")
    PartnershipFactory()  # Kobe–Tianjin

    def listed() -> str:
        response = client.get("/en/registry/", {"prefecture": hyogo.pk})
        assert response.status_code == 200
        return response.content.decode()

    assert "Kobe" in listed()
    town = PlaceFactory(
        country=hyogo.country,
        kind=PlaceKind.MUNICIPALITY,
        level=2,
        parent=hyogo,
        name_ja="新町",
        name_en="Shinmachi",
    )
    PartnershipFactory(japan_side=town, agreed_on=None)
    page = listed()
    assert "Kobe" in page and "Shinmachi" in page

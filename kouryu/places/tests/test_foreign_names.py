"""Partner places abroad in the reader's language: ブリスベン on ja, 布里斯班 on zh, Brisbane on en."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from kouryu.partnerships.tests.factories import PartnershipFactory
from kouryu.places.models import AliasKind, Country, Place, PlaceAlias, PlaceKind
from kouryu.places.services import DATA_DIR, others_are_current
from kouryu.places.tests.factories import PlaceFactory, gazetteer_place

pytestmark = pytest.mark.usefixtures("gazetteer")

WELL_KNOWN = {
    ("AU", "Brisbane"): ("ブリスベン", "布里斯班"),
    ("AU", "Adelaide"): ("アデレード", "阿德莱德"),
    ("BE", "Charleroi"): ("シャルルロワ", "沙勒罗瓦"),
    ("AU", "Melbourne"): ("メルボルン", "墨尔本"),
    ("US", "Houston"): ("ヒューストン", "休斯顿"),
    ("DE", "Cologne"): ("ケルン", "科隆"),
    ("KR", "Busan"): ("釜山", "釜山"),
    ("KR", "Seoul"): ("ソウル", "首尔"),
    ("TW", "Kaohsiung"): ("高雄", "高雄"),
}


def brisbane() -> Place:
    return Place.objects.get(country__code="AU", kind=PlaceKind.OTHER, name_en="Brisbane")


def heading(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").h1.get_text(" ", strip=True)


def test_the_shipped_file_names_well_known_cities():
    with (DATA_DIR / "other_places.csv").open(encoding="utf-8") as f:
        rows = {
            (r["country"], r["name_en"]): (r["name_ja"], r["name_zh"]) for r in csv.DictReader(f)
        }
    for place, names in WELL_KNOWN.items():
        assert rows[place] == names, place
    # Most partner places have names; the rest keep their English name.
    assert sum(1 for ja, _ in rows.values() if ja) > 500
    assert sum(1 for _, zh in rows.values() if zh) > 500
    assert rows[("US", "Kauai County")] == ("", "")


def test_a_partnership_with_brisbane_reads_in_each_language(client):
    partnership = PartnershipFactory(japan_side=gazetteer_place("281000"), partner=brisbane())
    detail = f"registry/{partnership.pk}/"
    place = f"registry/places/{partnership.partner_id}/"
    assert heading(client, f"/ja/{detail}") == "神戸市 – ブリスベン"
    assert heading(client, f"/zh-hans/{detail}") == "神户市 – 布里斯班"
    assert heading(client, f"/en/{detail}") == "Kobe – Brisbane"
    assert heading(client, f"/ja/{place}") == "ブリスベン"
    assert heading(client, f"/zh-hans/{place}") == "布里斯班"
    assert heading(client, f"/en/{place}") == "Brisbane"


def test_a_place_without_names_reads_in_english(client):
    place = PlaceFactory(
        country=Country.objects.get(code="BE"),
        kind=PlaceKind.OTHER,
        level=None,
        code=None,
        name_ja="",
        name_zh="",
        name_en="Bouillon",
    )
    # Not even the other CJK language's name stands in: a Japanese-only place reads in
    # English on zh.
    named_ja_only = PlaceFactory(
        country=place.country,
        kind=PlaceKind.OTHER,
        level=None,
        code=None,
        name_ja="ディナン",
        name_zh="",
        name_en="Dinant",
    )
    for language in ("ja", "zh-hans", "en"):
        assert heading(client, f"/{language}/registry/places/{place.pk}/") == "Bouillon"
    assert heading(client, f"/zh-hans/registry/places/{named_ja_only.pk}/") == "Dinant"
    assert heading(client, f"/ja/registry/places/{named_ja_only.pk}/") == "ディナン"


@pytest.mark.parametrize(("language", "query"), [("ja", "ブリスベン"), ("zh-hans", "布里斯班")])
def test_the_site_search_finds_brisbane_by_its_japanese_and_chinese_names(
    client, homes, language, query
):
    page = BeautifulSoup(
        client.get(f"/{language}/search/", {"q": query, "lang": "all"}).content, "html.parser"
    )
    links = [a["href"] for a in page.select("li.search-hit a[href]")]
    assert f"/{language}/registry/places/{brisbane().pk}/" in links


def test_an_existing_install_gets_the_names_on_the_next_setup(client, homes):
    # An install loaded before the names existed: the places abroad have none.
    from kouryu.search.services import entry_index

    place = brisbane()
    Place.objects.filter(kind=PlaceKind.OTHER).update(name_ja="", name_zh="")
    PlaceAlias.objects.filter(
        place__kind=PlaceKind.OTHER, kind__in=[AliasKind.JA, AliasKind.ZH_HANS]
    ).delete()
    entry_index(Place.objects.get(pk=place.pk))
    assert not others_are_current()
    search = {"q": "ブリスベン", "lang": "all"}
    hits = BeautifulSoup(client.get("/ja/search/", search).content, "html.parser")
    assert not hits.select(f'li.search-hit a[href="/ja/registry/places/{place.pk}/"]')

    out = io.StringIO()
    call_command("setup_site", stdout=out)
    assert "Gazetteer updated" in out.getvalue()
    assert others_are_current()
    place.refresh_from_db()
    assert (place.name_ja, place.name_zh) == ("ブリスベン", "布里斯班")
    assert PlaceAlias.objects.filter(place=place, kind=AliasKind.ZH_HANS, name="布里斯班").exists()
    hits = BeautifulSoup(client.get("/ja/search/", search).content, "html.parser")
    assert hits.select(f'li.search-hit a[href="/ja/registry/places/{place.pk}/"]')

    # Once current, the next setup leaves the gazetteer alone.
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    assert "Gazetteer" not in out.getvalue()


def test_a_name_staff_corrected_is_kept_by_the_next_setup():
    Place.objects.filter(pk=brisbane().pk).update(name_ja="ブリズベーン")
    assert others_are_current()
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    assert "Gazetteer" not in out.getvalue()
    assert brisbane().name_ja == "ブリズベーン"

"""The registry as a reader sees it in each language: kinds only where known, quoted source
text marked as such, clean source lines, undated records accounted for, descriptions."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_without_any_known_kind_there_is_no_kind_filter(client, kobe_tianjin):
    assert soup(client, "/ja/registry/").select_one("#id_kind") is None


@pytest.mark.parametrize(
    ("language", "kind_note", "wikipedia"),
    [
        ("ja", "出典には", "ウィキペディア英語版"),
        ("zh-hans", "资料来源未说明", "英文维基百科"),
        ("en", "The sources do not say", "English Wikipedia"),
    ],
)
def test_the_record_page_quotes_its_source_and_names_its_sources_cleanly(
    client, kobe_tianjin, language, kind_note, wikipedia
):
    page = soup(client, f"/{language}/registry/{kobe_tianjin.pk}/")
    assert kind_note in page.select_one(".facts").get_text()
    quote = page.select_one(".basis q")
    assert quote["lang"] == "ja" and quote.get_text() == "都市提携式挙行の日"
    assert page.select_one(".basis .original-mark")
    lines = [li.get_text(" ", strip=True) for li in page.select(".sources li")]
    wiki = next(line for line in lines if wikipedia in line)
    assert "English Wikipedia:" not in wiki and "CC BY-SA 4.0" in wiki
    cite = page.select_one(".sources cite")
    assert cite["lang"] == "en"
    assert cite.get_text() == "List of twin towns and sister cities in Japan"


@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
def test_every_registry_page_has_a_description_in_its_language(client, kobe_tianjin, language):
    urls = [
        f"/{language}/registry/",
        f"/{language}/registry/{kobe_tianjin.pk}/",
        f"/{language}/registry/places/{kobe_tianjin.japan_side_id}/",
        f"/{language}/registry/statistics/",
        f"/{language}/registry/map/",
        f"/{language}/search/",
        f"/{language}/feeds/",
    ]
    seen = set()
    for url in urls:
        meta = soup(client, url).select_one('meta[name="description"]')
        assert meta is not None and len(meta["content"]) > 20, url
        assert meta["content"].isascii() == (language == "en"), url
        seen.add(meta["content"])
    assert len(seen) == len(urls)  # each page says what it is


def test_the_map_comes_first_and_its_filters_fold(client, kobe_tianjin):
    page = soup(client, "/ja/registry/map/")
    content = str(page.select_one("main"))
    assert content.index('id="registry-map"') < content.index('class="filters"')
    assert page.select_one("details.filters-fold form.filters")
    assert not page.select_one("details.filters-fold").has_attr("open")
    assert (
        soup(client, "/ja/registry/map/", status="active")
        .select_one("details.filters-fold")
        .has_attr("open")
    )


def test_the_statistics_tables_are_whole_and_reachable_by_keyboard(client, kobe_tianjin):
    boxes = soup(client, "/en/registry/statistics/").select(".table-scroll")
    assert boxes and all(box.get("tabindex") == "0" and box.get("aria-label") for box in boxes)


@pytest.mark.parametrize(
    ("language", "heading", "label"),
    [
        ("ja", "相手国・地域別", "国・地域"),
        ("zh-hans", "国家和地区", "国家和地区"),
        ("en", "country or region", "Country or region"),
    ],
)
def test_partners_are_counted_by_country_or_region_in_every_language(
    client, kobe_tianjin, language, heading, label
):
    """Decision 0016: 国・地域 / 国家和地区 / countries and regions."""
    assert heading in soup(client, f"/{language}/registry/statistics/").get_text()
    place = soup(client, f"/{language}/registry/places/{kobe_tianjin.partner_id}/")
    assert label in [dt.get_text(strip=True) for dt in place.select("dt")]


def test_a_kind_asked_for_that_no_record_has_lists_nothing_not_everything(client, kobe_tianjin):
    # The form offers no kind filter here (no record has a known kind), but an address with
    # one still filters: to nothing, with the kind shown as chosen.
    page = soup(client, "/en/registry/", kind="sister")
    assert "No partnership matches these filters." in page.get_text()
    assert page.select_one("#id_kind option[selected]").get_text() == "Sister city (0)"
    api = client.get("/api/v1/partnerships", {"kind": "sister"})
    assert api.status_code == 200 and api.json()["count"] == 0
    assert client.get("/api/v1/partnerships", {"kind": "unspecified"}).json()["count"] == 1
    junk = soup(client, "/ja/registry/", kind="<script>")
    assert junk.select_one(".filters .error")

import io

import pytest
from django.core.management import call_command

from kouryu.places.models import Place, PlaceKind
from kouryu.places.resolver import BARE, CONVENTION, EXACT, MISMATCH, Status, place_resolve

pytestmark = pytest.mark.usefixtures("gazetteer")

KOBE, HYOGO = "281000", "280003"
TIANJIN, HEILONGJIANG, HIROSHIMA_PREF = "120000", "230000", "340006"


def resolved_code(text, **kwargs):
    resolution = place_resolve(text, **kwargs)
    assert resolution.status == Status.RESOLVED, resolution.reason
    return resolution.place.code


@pytest.mark.parametrize(
    "text",
    ["神戸", "神户", "神戶", "神戸市", "こうべ", "コウベ", "Kobe", "KOBE", "Kōbe", "Kobe City"],
)
def test_kobe_in_every_script(text):
    assert resolved_code(text, country="JP") == KOBE


@pytest.mark.parametrize("text", ["天津", "Tianjin", "Tiānjīn", "天津市", "Tianjin City"])
def test_tianjin_is_found_as_the_province_level_municipality(text):
    assert resolved_code(text) == TIANJIN


def test_the_four_municipalities_count_as_cities():
    for text in ["北京", "天津", "上海", "重庆"]:
        resolution = place_resolve(text, kinds=[PlaceKind.PREFECTURE_CITY])
        assert resolution.place.kind == PlaceKind.PROVINCE
        assert resolution.place.suffix == "市"


@pytest.mark.parametrize("text", ["黑龙江省", "黒龍江省", "黒竜江省", "黑龍江省", "Heilongjiang"])
def test_heilongjiang_in_every_script(text):
    assert resolved_code(text) == HEILONGJIANG


@pytest.mark.parametrize(
    "text", ["広島県", "广岛县", "廣島縣", "Hiroshima Prefecture", "Hiroshima-ken", "ひろしまけん"]
)
def test_hiroshima_prefecture(text):
    resolution = place_resolve(text)
    assert resolution.place.code == HIROSHIMA_PREF
    assert resolution.candidates[0].score == EXACT


def test_a_bare_japanese_name_is_the_city_and_says_so():
    resolution = place_resolve("Hiroshima")
    assert resolution.place.name_ja == "広島市"
    assert resolution.candidates[0].score == CONVENTION
    assert "広島県" in resolution.reason
    assert resolution.convention


def test_a_bare_chinese_name_is_the_highest_division():
    assert place_resolve("Jilin", country="CN").place.kind == PlaceKind.PROVINCE
    assert place_resolve("Jilin City", country="CN").place.name_zh == "吉林市"
    assert place_resolve("Chaoyang", country="CN").place.name_zh == "朝阳市"


def test_without_conventions_every_tie_is_ambiguous():
    resolution = place_resolve("Hiroshima", conventions=False)
    assert resolution.status == Status.AMBIGUOUS
    assert resolution.place is None
    assert {c.place.code for c in resolution.candidates} >= {"341002", HIROSHIMA_PREF}


def test_chuo_ward_is_ambiguous_with_every_candidate_listed():
    resolution = place_resolve("中央区")
    assert resolution.status == Status.AMBIGUOUS
    assert resolution.place is None
    wards = [c for c in resolution.candidates if c.score == EXACT]
    assert len(wards) == 10
    assert {c.place.parent.name_ja for c in wards} >= {"東京都", "札幌市", "神戸市", "大阪市"}
    assert "10 places" in resolution.reason


def test_parent_narrows_an_ambiguous_name():
    kobe = Place.objects.get(country__code="JP", code=KOBE)
    assert resolved_code("中央区", parent=kobe) == "281107"
    hyogo = Place.objects.get(country__code="JP", code=HYOGO)
    assert resolved_code("中央区", parent=hyogo) == "281107"  # a grandchild


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Kusatsu, Shiga", "JP", "252069"),
        ("Tokyo – Ōta", "JP", "131113"),
        ("Suzhou – Wujiang", "CN", "320509"),
        ("Wujiang (Suzhou)", "CN", "320509"),
        ("Chaoyang (Beijing)", "CN", "110105"),
        ("Taizhou, Zhejiang", "CN", "331000"),
        ("兵庫県神戸市", "JP", KOBE),
        ("札幌市中央区", "JP", "011011"),
        ("聊城市東阿県", "CN", "371524"),
        ("さいたま市(旧浦和市)", "JP", "111007"),
        ("芦原町(現あわら市)", "JP", "182087"),
        ("Kobe, Japan", None, KOBE),
    ],
)
def test_qualified_and_compound_names(text, country, code):
    assert resolved_code(text, country=country) == code


def test_english_and_katakana_exonyms():
    assert resolved_code("Harbin", country="CN") == "230100"
    assert resolved_code("ハルビン") == "230100"
    assert resolved_code("Urumqi") == "650100"
    assert resolved_code("Inner Mongolia") == "150000"
    assert resolved_code("内モンゴル自治区") == "150000"
    assert resolved_code("Minami-Alps") == "192082"


def test_partner_places_abroad_are_found_by_their_english_name():
    resolution = place_resolve("Honolulu", country="US")
    assert (resolution.status, resolution.place.kind) == (Status.RESOLVED, PlaceKind.OTHER)
    assert resolution.candidates[0].score == EXACT


def test_a_lone_candidate_with_another_suffix_is_resolved_with_a_low_score():
    resolution = place_resolve("北京省")
    assert resolution.place.code == "110000"
    assert resolution.candidates[0].score == MISMATCH
    assert "another suffix" in resolution.reason


def test_nonsense_is_not_found():
    for text in ["Xyzzyville", "", "   ", "ほげほげ市"]:
        resolution = place_resolve(text)
        assert resolution.status == Status.NOT_FOUND
        assert resolution.candidates == []


def test_country_restricts_the_search():
    both = place_resolve("松江")
    assert both.status == Status.AMBIGUOUS
    assert {c.place.country.code for c in both.candidates} == {"JP", "CN"}
    assert resolved_code("松江", country="JP") == "322016"
    assert resolved_code("松江", country="CN") == "310117"
    assert place_resolve("Kobe", country="CN").status == Status.NOT_FOUND


def test_kinds_restrict_the_search():
    assert resolved_code("Hiroshima", kinds=[PlaceKind.PREFECTURE]) == HIROSHIMA_PREF


def test_a_written_suffix_that_disagrees_ranks_low():
    resolution = place_resolve("広島市")
    assert resolution.place.code == "341002"
    prefecture = next(c for c in resolution.candidates if c.place.code == HIROSHIMA_PREF)
    assert prefecture.score < BARE


def test_candidates_carry_the_alias_that_matched():
    place, score, alias = place_resolve("Kōbe", country="JP").candidates[0]
    assert (place.code, score, alias.place_id) == (KOBE, BARE, place.pk)


def test_resolving_takes_few_queries(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        place_resolve("Kobe", country="JP")
    with django_assert_max_num_queries(4):
        place_resolve("Suzhou – Wujiang", country="CN")


def test_measurement_on_the_wikipedia_pairs():
    out = io.StringIO()
    call_command("measure_resolver", "--sample", "5", stdout=out)
    text = out.getvalue()
    assert "Pairs: 187; resolved on both sides: 177 (94.7%)" in text
    assert "Random sample of 5 pairs" in text

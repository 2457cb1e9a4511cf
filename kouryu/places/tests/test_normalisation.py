import pytest

from kouryu.places.normalisation import (
    CITY,
    KEN_XIAN,
    PREFECTURE_EN,
    QueryKey,
    name_key,
    query_keys,
    romaji_key,
    split_name,
    suffix_class,
)


@pytest.mark.parametrize(
    "forms",
    [
        ("神戸", "神户", "神戶"),
        ("県", "县", "縣"),
        ("広", "广", "廣"),
        ("黑龙江", "黒龍江", "黒竜江", "黑龍江"),
        ("沈阳", "瀋陽"),
        ("台東", "臺東"),
        ("茅ヶ崎", "茅ケ崎"),
        ("こうべ", "コウベ"),
        ("Tianjin", "Tiānjīn", "TIANJIN", "tian jin"),
        ("Xi'an", "Xi’an", "Xian"),
        ("Minami-Alps", "Minami Alps", "minamialps"),
    ],
)
def test_written_forms_of_one_name_give_one_key(forms):
    assert len({name_key(form) for form in forms}) == 1


@pytest.mark.parametrize("form", ["Kobe", "Kōbe", "Koube", "Kohbe", "KOBE", "Kôbe"])
def test_romanisations_of_kobe_fold_together(form):
    assert romaji_key(name_key(form)) == "kobe"


def test_romaji_folding_covers_long_vowels_and_syllabic_n():
    assert romaji_key(name_key("Hachiōji")) == romaji_key(name_key("Hachiouji")) == "hachioji"
    assert romaji_key(name_key("Gumma")) == "gunma"
    assert romaji_key(name_key("Jyoetsu")) == romaji_key(name_key("Jōetsu"))


def test_query_keys_read_suffixes_in_each_script():
    assert QueryKey(name_key("神戸"), CITY) in query_keys("神戸市")
    assert QueryKey(name_key("広島"), KEN_XIAN) in query_keys("广岛县")
    assert QueryKey("hiroshima", PREFECTURE_EN) in query_keys("Hiroshima Prefecture")
    assert QueryKey("kobe", CITY) in query_keys("Kobe-shi")
    assert QueryKey("こうべ", CITY) in query_keys("コウベシ")


def test_a_suffix_word_needs_a_separator():
    # "Kyoto" is not "Kyo" + "-to", nor "Kobe" "Ko" + "-be".
    assert query_keys("Kyoto") == [QueryKey("kyoto")]


@pytest.mark.parametrize(
    ("name", "stem", "suffix"),
    [
        ("神戸市", "神戸", "市"),
        ("北海道", "北海道", ""),
        ("東京都", "東京", "都"),
        ("大理白族自治州", "大理", "白族自治州"),
        ("长白朝鲜族自治县", "长白", "朝鲜族自治县"),
        ("内蒙古自治区", "内蒙古", "自治区"),
        ("新疆维吾尔自治区", "新疆", "维吾尔自治区"),
        ("香港特别行政区", "香港", "特别行政区"),
        ("碑林区", "碑林", "区"),
    ],
)
def test_split_name_cuts_the_administrative_suffix(name, stem, suffix):
    assert split_name(name) == (stem, suffix)


def test_suffix_class_of_stored_suffixes():
    assert suffix_class("市") == CITY
    assert suffix_class("県") == suffix_class("县") == KEN_XIAN
    assert suffix_class("") == ""

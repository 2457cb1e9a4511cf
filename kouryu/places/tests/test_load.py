import csv
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import translation

from kouryu.places.models import AliasKind, Country, Place, PlaceAlias, PlaceKind
from kouryu.places.normalisation import name_key
from kouryu.places.services import DATA_DIR, place_other_get_or_create, places_load

pytestmark = pytest.mark.usefixtures("gazetteer")


def count(country, kind):
    return Place.objects.filter(country__code=country, kind=kind).count()


def test_japan_has_its_prefectures_municipalities_and_wards():
    assert count("JP", PlaceKind.PREFECTURE) == 47
    assert count("JP", PlaceKind.MUNICIPALITY) == 1741
    assert count("JP", PlaceKind.WARD) == 175
    assert count("JP", PlaceKind.MUNICIPALITY) + count("JP", PlaceKind.WARD) == 1916


def test_china_has_its_provinces_prefectures_and_counties():
    assert count("CN", PlaceKind.PROVINCE) == 34
    assert set(
        Place.objects.filter(code__in=["710000", "810000", "820000"]).values_list(
            "name_zh", flat=True
        )
    ) == {"台湾省", "香港特别行政区", "澳门特别行政区"}
    assert count("CN", PlaceKind.PREFECTURE_CITY) == 333
    assert count("CN", PlaceKind.COUNTY) == 2846


def test_partner_places_abroad_and_their_countries():
    assert Country.objects.count() == 60
    assert Place.objects.filter(kind=PlaceKind.OTHER).count() == 841
    assert Place.objects.filter(kind=PlaceKind.OTHER, country__code="US").count() == 284


def test_japanese_codes_carry_a_valid_check_digit():
    for code in Place.objects.filter(country__code="JP").values_list("code", flat=True):
        weights = sum(int(d) * w for d, w in zip(code[:5], (6, 5, 4, 3, 2), strict=True))
        assert code[5] == str((11 - weights % 11) % 10), code


def test_parent_links():
    kobe = Place.objects.get(country__code="JP", code="281000")
    assert (kobe.name_ja, kobe.parent.name_ja) == ("神戸市", "兵庫県")
    ward = Place.objects.get(country__code="JP", code="281107")
    assert (ward.name_ja, ward.parent, ward.level) == ("中央区", kobe, 3)
    wujiang = Place.objects.get(country__code="CN", code="320509")
    assert (wujiang.parent.name_zh, wujiang.parent.parent.name_zh) == ("苏州市", "江苏省")
    # The districts of the four municipalities hang directly under them.
    assert Place.objects.get(country__code="CN", code="110108").parent.name_zh == "北京市"


def test_names_readings_and_coordinates():
    heilongjiang = Place.objects.get(country__code="CN", code="230000")
    assert heilongjiang.name_ja == "黒竜江省"
    assert PlaceAlias.objects.filter(
        place=heilongjiang, kind=AliasKind.ZH_HANT, name="黑龍江省"
    ).exists()
    tianjin = Place.objects.get(country__code="CN", code="120000")
    assert (tianjin.name_en, tianjin.reading_pinyin) == ("Tianjin", "tiān jīn")
    kobe = Place.objects.get(country__code="JP", code="281000")
    assert (kobe.name_en, kobe.suffix, kobe.reading_kana, kobe.name_zh) == (
        "Kobe",
        "市",
        "こうべし",
        "神户市",
    )
    assert Decimal("34") < kobe.latitude < Decimal("35")


def test_display_name_follows_the_active_language():
    hiroshima = Place.objects.get(country__code="JP", code="340006")
    for language, expected in [
        ("ja", "広島県"),
        ("zh-hans", "广岛县"),
        ("en", "Hiroshima Prefecture"),
    ]:
        with translation.override(language):
            assert str(hiroshima) == expected
    assert Place.objects.get(country__code="JP", code="341002").display_name("en") == "Hiroshima"
    assert Place.objects.get(country__code="CN", code="110105").display_name("en") == (
        "Chaoyang District"
    )


def test_loading_again_changes_nothing():
    report = places_load()
    assert not report.changed
    assert report.places.unchanged == Place.objects.count()
    assert report.aliases.unchanged == PlaceAlias.objects.count()
    assert report.by_kind["JP municipality"] == 1741


def test_loading_repairs_edits_and_deletions():
    Place.objects.filter(country__code="JP", code="281000").update(name_en="Kōbe!")
    ward = Place.objects.get(country__code="JP", code="281107")
    ward.aliases.all().delete()
    ward.delete()
    report = places_load()
    assert (report.places.created, report.places.updated) == (1, 1)
    assert Place.objects.get(country__code="JP", code="281000").name_en == "Kobe"
    assert Place.objects.get(country__code="JP", code="281107").parent.code == "281000"


def test_command_prints_counts_and_honours_if_empty():
    out = io.StringIO()
    call_command("load_places", stdout=out)
    assert "Places: 0 created, 0 updated" in out.getvalue()
    assert "JP ward: 175" in out.getvalue()
    out = io.StringIO()
    call_command("load_places", "--if-empty", stdout=out)
    assert "nothing loaded" in out.getvalue()


def test_database_guards_codes_and_coordinates():
    japan = Country.objects.get(code="JP")
    with pytest.raises(IntegrityError), transaction.atomic():
        Place.objects.create(country=japan, kind=PlaceKind.MUNICIPALITY, code="281000", name_en="X")
    with pytest.raises(IntegrityError), transaction.atomic():
        Place.objects.create(country=japan, kind=PlaceKind.MUNICIPALITY, name_en="No code")
    with pytest.raises(IntegrityError), transaction.atomic():
        Place.objects.create(
            country=japan,
            kind=PlaceKind.MUNICIPALITY,
            code="999999",
            name_en="Nowhere",
            latitude=Decimal("91"),
            longitude=Decimal("0"),
        )


def test_other_places_are_found_or_created_once():
    france = Country.objects.get(code="FR")
    first = place_other_get_or_create(country=france, name_en="  Saint-Malo ")
    assert place_other_get_or_create(country=france, name_en="Saint-Malo") == first
    assert (first.kind, first.code, first.name_en) == (PlaceKind.OTHER, None, "Saint-Malo")
    assert first.aliases.get().text == "saintmalo"
    usa = Country.objects.get(code="US")
    salt_lake = place_other_get_or_create(country=usa, name_en="Salt Lake City")
    assert salt_lake.aliases.get(kind=AliasKind.EN).text == "saltlakecity"


def test_every_written_form_in_the_shipped_data_folds_together():
    with (DATA_DIR / "cn_places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert name_key(row["name_zh"]) == name_key(row["name_zh_hant"]), row["code"]
    with (DATA_DIR / "jp_places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert name_key(row["name_ja"]) == name_key(row["name_zh"]), row["code"]

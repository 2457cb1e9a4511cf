"""Importing partnerships from CSV: resolution, line-numbered problems, dry run, all or nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from kouryu.partnerships.csv_import import parse_date
from kouryu.partnerships.models import Partnership
from kouryu.partnerships.services import partnership_import_csv
from kouryu.places.models import Place

pytestmark = pytest.mark.django_db

HEADER = "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,kind,agreement_date,source_url\n"


def test_a_good_file_imports_and_resolves_every_script():
    text = HEADER + (
        "北海道,稚内市,CN,西藏自治区,拉萨市,friendship,1995-11,https://www.city.wakkanai.hokkaido.jp/x\n"
        "沖縄県,宮古島市,CN,,西宁,friendship,1987,\n"
    )
    before = Partnership.objects.count()
    report = partnership_import_csv(text=text)
    assert report.ok and report.applied and report.created == 2
    assert Partnership.objects.count() == before + 2
    p = Partnership.objects.get(japan_side__name_ja="稚内市", partner__name_zh="拉萨市")
    assert (p.agreed_on, p.date_precision) == (datetime.date(1995, 11, 1), "month")
    assert p.sources.get().kind == "government"
    assert p.latest_revision is not None  # history: a revision with who and when


def test_a_file_with_one_bad_row_changes_nothing():
    text = HEADER + (
        "北海道,稚内市,CN,西藏自治区,拉萨市,friendship,1995-11,\n"
        ",中央区,CN,,天津市,friendship,1990,\n"  # ambiguous: many wards are called 中央区
        ",神戸市,CN,,NoSuchPlace,friendship,1990,\n"
        ",神戸市,CN,,天津市,friendship,3000-01-01,\n"
    )
    before = Partnership.objects.count()
    with translation.override("en"):
        report = partnership_import_csv(text=text)
    assert not report.applied
    assert Partnership.objects.count() == before
    by_line = {p.line: p for p in report.problems}
    assert set(by_line) == {3, 4, 5}
    assert (
        by_line[3].column == "japan_local_gov" and "could be several places" in by_line[3].message
    )
    assert "No place called “NoSuchPlace”" in by_line[4].message
    assert "future" in by_line[5].message


def test_problems_are_in_the_readers_language():
    text = HEADER + ",神戸市,CN,,NoSuchPlace,friendship,1990,\n"
    with translation.override("ja"):
        report = partnership_import_csv(text=text, dry_run=True)
    assert "見つかりません" in str(report.problems[0])


def test_dry_run_writes_nothing_but_reports_what_would_happen():
    text = HEADER + "北海道,稚内市,CN,西藏自治区,拉萨市,friendship,1995-11,\n"
    before = Partnership.objects.count()
    places = Place.objects.count()
    report = partnership_import_csv(text=text, dry_run=True)
    assert report.ok and report.created == 1 and not report.applied
    assert (Partnership.objects.count(), Place.objects.count()) == (before, places)


def test_importing_the_same_file_twice_creates_nothing_new():
    text = HEADER + "北海道,稚内市,CN,西藏自治区,拉萨市,friendship,1995-11,\n"
    partnership_import_csv(text=text)
    again = partnership_import_csv(text=text)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_a_dated_row_completes_an_undated_record_of_the_same_pair(kobe_tianjin):
    kobe_tianjin.agreed_on, kobe_tianjin.date_precision = None, "unknown"
    kobe_tianjin.save()
    report = partnership_import_csv(text=HEADER + ",神户,CN,,天津,,1973-06-24,\n")
    assert report.updated == 1
    kobe_tianjin.refresh_from_db()
    assert kobe_tianjin.agreed_on == datetime.date(1973, 6, 24)


SEED_HEADER = (
    "japan_prefecture,japan_local_gov,partner_country,partner_province,partner_local_gov,"
    "kind,agreement_date,date_basis,source_kind,source_url,source_title\n"
)


def test_a_pair_from_two_sources_is_merged_into_one_record_with_both():
    # As the shipped seed files give Kobe–Tianjin: undated in English from Wikipedia,
    # then dated in Japanese from CLAIR's data (services.SEED_FILES, in this order).
    wikipedia = SEED_HEADER + (
        ",Kobe,China,,Tianjin,unspecified,,,wikipedia,"
        "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Japan,"
        "English Wikipedia: List of twin towns and sister cities in Japan\n"
    )
    dated = SEED_HEADER + (
        "兵庫県,神戸市,China,,天津市,,1973-06-24,都市提携式挙行の日,,"
        "https://www.clair.or.jp/j/exchange/shimai/data/detail/1176,\n"
    )

    first = partnership_import_csv(text=wikipedia)
    second = partnership_import_csv(text=dated)

    assert (first.created, second.created, second.updated) == (1, 0, 1)
    [p] = Partnership.objects.filter(japan_side__code="281000", partner__code="120000")
    assert (p.agreed_on, p.date_precision) == (datetime.date(1973, 6, 24), "day")
    assert p.date_basis == "都市提携式挙行の日"
    assert sorted(p.sources.values_list("kind", "url")) == [
        ("clair", "https://www.clair.or.jp/j/exchange/shimai/data/detail/1176"),
        (
            "wikipedia",
            "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Japan",
        ),
    ]


@pytest.mark.parametrize(
    "text,message",
    [
        ("", "empty"),
        ("japan,partner_local_gov\nx,y\n", "Unknown columns"),
        ("japan_local_gov,kind\n神戸市,sister\n", "Missing columns"),
    ],
)
def test_malformed_files_get_a_clear_message(text, message):
    with translation.override("en"), pytest.raises(ValueError, match=message):
        partnership_import_csv(text=text)


def test_rows_with_the_wrong_number_of_columns_are_reported():
    report = partnership_import_csv(text=HEADER + "北海道,旭川市\n")
    assert report.problems[0].line == 2 and not report.applied


def test_partner_places_abroad_are_added_by_name():
    text = "japan_local_gov,partner_country,partner_local_gov\n稚内市,FI,Nowhere-by-the-Lake\n"
    report = partnership_import_csv(text=text)
    assert report.ok and report.created == 1
    assert Place.objects.filter(
        country__code="FI", name_en="Nowhere-by-the-Lake", kind="other"
    ).exists()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1973-06-24", (datetime.date(1973, 6, 24), "day")),
        ("1973-06", (datetime.date(1973, 6, 1), "month")),
        ("1973", (datetime.date(1973, 1, 1), "year")),
        ("1973年6月24日", (datetime.date(1973, 6, 24), "day")),
        ("1973年6月", (datetime.date(1973, 6, 1), "month")),
        ("", (None, "unknown")),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["1973-13-01", "June 1973", "73"])
def test_parse_date_rejects_nonsense(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_database_refuses_a_duplicate_pair_of_the_same_kind(kobe_tianjin):
    p = kobe_tianjin
    clone = Partnership(japan_side=p.japan_side, partner=p.partner, kind=p.kind)
    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="already in the registry"),
    ):
        clone.full_clean(exclude=["latest_revision"])
    with pytest.raises(IntegrityError), transaction.atomic():
        clone.save()


def test_database_refuses_a_future_date(kobe_tianjin):
    p = kobe_tianjin
    p.agreed_on = timezone.localdate() + datetime.timedelta(days=400)
    with translation.override("en"), pytest.raises(ValidationError, match="future"):
        p.full_clean(exclude=["latest_revision"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Partnership.objects.filter(pk=p.pk).update(agreed_on=p.agreed_on)

import datetime

import pytest
from django.utils import translation

from kouryu.core.dates import DatePrecision, format_partial_date
from kouryu.core.i18n import bcp47, in_language
from kouryu.core.names import person_name


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", "宮本 貴章"), ("zh-hans", "宮本 貴章"), ("en", "貴章 宮本")],
)
def test_person_name_order_follows_language(language, expected):
    assert person_name(family="宮本", given="貴章", language=language) == expected


def test_person_name_in_english_is_given_name_first():
    assert person_name(family="Miyamoto", given="Takaaki", language="en") == "Takaaki Miyamoto"


def test_person_name_without_given_name():
    assert person_name(family="Zhang", given="", language="en") == "Zhang"


@pytest.mark.parametrize(
    ("language", "precision", "expected"),
    [
        ("ja", DatePrecision.MONTH, "1997年12月"),
        ("zh-hans", DatePrecision.MONTH, "1997年12月"),
        ("en", DatePrecision.MONTH, "December 1997"),
        ("ja", DatePrecision.YEAR, "1997年"),
        ("en", DatePrecision.YEAR, "1997"),
        ("ja", DatePrecision.DAY, "1997年12月1日"),
    ],
)
def test_partial_date_shows_only_known_precision(language, precision, expected):
    with translation.override(language):
        assert format_partial_date(datetime.date(1997, 12, 1), precision) == expected


def test_unknown_date():
    with translation.override("en"):
        assert format_partial_date(None, DatePrecision.DAY) == "date unknown"


@pytest.mark.parametrize(
    ("code", "expected"), [("zh-hans", "zh-Hans"), ("ja", "ja"), ("en-gb", "en-GB")]
)
def test_bcp47(code, expected):
    assert bcp47(code) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ja", "神戸"), ("zh-hans", "神户"), ("en", "Kobe"), (None, "神戸")],
)
def test_in_language_picks_the_readers_text(language, expected):
    with translation.override("ja"):
        assert in_language(ja="神戸", zh="神户", en="Kobe", language=language) == expected


def test_in_language_falls_back_to_what_exists():
    assert in_language(ja="", zh="神户", en="Kobe", language="ja") == "神户"
    assert in_language(ja="神戸", zh="", en="", language="en") == "神戸"
    assert in_language(ja="", zh="", en="", language="en") == ""

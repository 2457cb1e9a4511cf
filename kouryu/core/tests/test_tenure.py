import datetime

import pytest

from kouryu.core.tenure import english_ordinal, format_year_in_post, year_in_post

D = datetime.date


@pytest.mark.parametrize(
    ("started", "today", "expected"),
    [
        (D(2019, 4, 1), D(2019, 4, 1), 1),  # first day
        (D(2019, 4, 1), D(2020, 3, 31), 1),  # last day of the first year
        (D(2019, 4, 1), D(2020, 4, 1), 2),  # anniversary starts the second year
        (D(2004, 4, 1), D(2019, 4, 1), 16),  # the senior researcher as published in 2019
        (D(2001, 4, 1), D(2019, 4, 1), 19),  # the driver
        (D(2016, 2, 29), D(2017, 2, 28), 1),  # leap-day start: not a year until 1 March
        (D(2016, 2, 29), D(2017, 3, 1), 2),
        (D(2030, 1, 1), D(2026, 11, 30), 0),  # not yet in post
    ],
)
def test_year_in_post(started, today, expected):
    assert year_in_post(started, today) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (16, "16th"),
        (21, "21st"),
        (22, "22nd"),
        (101, "101st"),
        (111, "111th"),
    ],
)
def test_english_ordinal(n, expected):
    assert english_ordinal(n) == expected


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("ja", 1, "1年目"),
        ("ja", 16, "16年目"),
        ("zh-hans", 1, "第1年"),
        ("zh-hans", 19, "第19年"),
        ("en", 1, "1st year"),
        ("en", 16, "16th year"),
    ],
)
def test_format_year_in_post_follows_language(language, n, expected):
    assert format_year_in_post(n, language) == expected

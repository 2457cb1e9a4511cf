"""Working days on both calendars: Golden Week, the Spring Festival and its make-up days."""

import datetime

import pytest

from kouryu.cases.workdays import (
    Calendar,
    is_working_day,
    working_day_add,
    working_days_between,
)

D = datetime.date


def test_golden_week_2026_is_skipped_on_the_japanese_calendar():
    # Tue 28 Apr; 29 Apr (昭和の日), 3–6 May (憲法記念日 … 振替休日) are holidays.
    assert working_day_add(D(2026, 4, 28), 1, Calendar.JAPAN) == D(2026, 4, 30)
    # 30 Apr, 1 May, then 7 May: the week of holidays and the weekend in between.
    assert working_day_add(D(2026, 4, 28), 3, Calendar.JAPAN) == D(2026, 5, 7)
    assert not is_working_day(D(2026, 5, 6), Calendar.JAPAN)  # 振替休日 for 3 May


def test_golden_week_is_a_working_week_in_china():
    # China's Labour Day holiday is 1–5 May 2026; 29 April and 6 May are worked there.
    assert is_working_day(D(2026, 4, 29), Calendar.CHINA)
    assert is_working_day(D(2026, 5, 6), Calendar.CHINA)
    assert not is_working_day(D(2026, 5, 4), Calendar.CHINA)


def test_spring_festival_2026_with_its_make_up_saturdays():
    # 春节 2026: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are worked (调休).
    assert is_working_day(D(2026, 2, 14), Calendar.CHINA)
    assert is_working_day(D(2026, 2, 28), Calendar.CHINA)
    assert not is_working_day(D(2026, 2, 14), Calendar.JAPAN)  # a Saturday in Japan
    # A request on Fri 13 Feb, due in 2 working days: Sat 14 Feb, then Tue 24 Feb.
    assert working_day_add(D(2026, 2, 13), 2, Calendar.CHINA) == D(2026, 2, 24)
    # Five from Tue 24 Feb: 25, 26, 27, Sat 28, Mon 2 Mar.
    assert working_day_add(D(2026, 2, 24), 5, Calendar.CHINA) == D(2026, 3, 2)
    # The same five days in Japan (23 Feb is 天皇誕生日) end on Tue 3 Mar.
    assert working_day_add(D(2026, 2, 24), 5, Calendar.JAPAN) == D(2026, 3, 3)


def test_both_calendars_count_only_days_worked_in_both_countries():
    # 14 Feb (worked in China only) and 6 May (worked in China only) do not count.
    assert not is_working_day(D(2026, 2, 14), Calendar.BOTH)
    assert working_day_add(D(2026, 4, 28), 1, Calendar.BOTH) == D(2026, 4, 30)
    assert working_day_add(D(2026, 4, 30), 1, Calendar.BOTH) == D(2026, 5, 7)


def test_a_request_on_a_holiday_counts_from_the_next_working_day():
    assert working_day_add(D(2026, 2, 17), 0, Calendar.CHINA) == D(2026, 2, 24)
    assert working_day_add(D(2026, 2, 17), 1, Calendar.CHINA) == D(2026, 2, 25)


def test_working_days_between_counts_what_the_reports_count():
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 24), Calendar.CHINA) == 2
    assert working_days_between(D(2026, 4, 28), D(2026, 5, 7), Calendar.JAPAN) == 3
    assert working_days_between(D(2026, 5, 7), D(2026, 5, 7), Calendar.JAPAN) == 0


@pytest.mark.parametrize("day", [D(2027, 2, 8), D(2027, 10, 1)])
def test_years_past_chinese_calendar_s_data_still_have_holidays(day):
    # chinese-calendar knows up to its release's year; holidays' China calendar goes on.
    assert not is_working_day(day, Calendar.CHINA)

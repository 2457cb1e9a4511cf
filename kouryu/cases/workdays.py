"""Working days on the Japanese and the Chinese calendar, for due dates and reports.

Japan: Monday to Friday, less public holidays (``holidays``). China: the State Council's
calendar, with its make-up working days (调休), when a Saturday or Sunday is worked
(``chinese-calendar``; for years it does not know yet, ``holidays``' China calendar with
its weekend workdays). Which calendar applies is decision 0013.
"""

import datetime
from functools import lru_cache

import chinese_calendar
import holidays
from django.db import models
from django.utils.translation import gettext_lazy as _


class Calendar(models.TextChoices):
    CHINA = "cn", _("China (the office's working days)")
    JAPAN = "jp", _("Japan")
    BOTH = "both", _("Working days in both countries")


@lru_cache(maxsize=64)
def _japan(year: int) -> holidays.HolidayBase:
    return holidays.Japan(years=year)


@lru_cache(maxsize=64)
def _china(year: int) -> holidays.HolidayBase:
    return holidays.China(years=year)


def is_working_day_japan(day: datetime.date) -> bool:
    return day.weekday() < 5 and day not in _japan(day.year)


def is_working_day_china(day: datetime.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return _china(day.year).is_working_day(day)


def is_working_day(day: datetime.date, calendar: str = Calendar.CHINA) -> bool:
    if calendar == Calendar.JAPAN:
        return is_working_day_japan(day)
    if calendar == Calendar.BOTH:
        return is_working_day_japan(day) and is_working_day_china(day)
    return is_working_day_china(day)


def working_day_add(
    start: datetime.date, days: int, calendar: str = Calendar.CHINA
) -> datetime.date:
    """The day ``days`` working days after ``start``: a request that arrives on a holiday
    is counted from the next working day, and 0 days is that day itself."""
    day = start
    while not is_working_day(day, calendar):
        day += datetime.timedelta(days=1)
    remaining = days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day, calendar):
            remaining -= 1
    return day


def working_days_between(
    start: datetime.date, end: datetime.date, calendar: str = Calendar.CHINA
) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += datetime.timedelta(days=1)
        if is_working_day(day, calendar):
            count += 1
    return count

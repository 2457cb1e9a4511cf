"""Time in post, counted from a stored start date ("1年目", "第1年", "1st year")."""

import datetime

from django.utils import translation
from django.utils.translation import pgettext


def year_in_post(started_on: datetime.date, today: datetime.date) -> int:
    """The ordinal year of service on `today`: 1 during the first twelve months, and so on.

    A start date in the future is not yet in post and gives 0.
    """
    if today < started_on:
        return 0
    years = today.year - started_on.year
    if (today.month, today.day) < (started_on.month, started_on.day):
        years -= 1
    return years + 1


def english_ordinal(n: int) -> str:
    # 11th, 12th, 13th break the pattern of 1st, 2nd, 3rd.
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_year_in_post(n: int, language: str | None = None) -> str:
    """'1年目' in Japanese, '第1年' in Chinese, '1st year' in English."""
    language = (language or translation.get_language() or "ja").lower()
    ordinal = english_ordinal(n) if language.startswith("en") else str(n)
    with translation.override(language):
        return pgettext("time at the office", "%(ordinal)s year") % {"ordinal": ordinal}

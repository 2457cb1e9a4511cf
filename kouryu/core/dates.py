"""Dates whose precision varies (a day, a month, a year, or unknown), shown per language."""

import datetime

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
    UNKNOWN = "unknown", _("Unknown")


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Render a date only as precisely as it is known, in the active language's format."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return str(_("date unknown"))
    if precision == DatePrecision.YEAR:
        return pgettext("a year on its own, as in 1988", "%(year)d") % {"year": value.year}
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")

"""The office's yearly activity report on requests: counts, median times, on time.

Counts by month, by category and by requesting prefecture or province; the median time to
the first response and to the resolution in working days (on each category's calendar,
decision 0013); the share of requests whose first response came by its due date.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.utils import timezone

from kouryu.cases.models import Case
from kouryu.cases.workdays import working_days_between


@dataclass
class ReportRow:
    label: str
    count: int = 0
    first_response_days: list[int] = field(default_factory=list)
    resolution_days: list[int] = field(default_factory=list)
    answered: int = 0
    answered_on_time: int = 0

    @property
    def median_first_response(self) -> float | None:
        return statistics.median(self.first_response_days) if self.first_response_days else None

    @property
    def median_resolution(self) -> float | None:
        return statistics.median(self.resolution_days) if self.resolution_days else None

    @property
    def on_time_share(self) -> float | None:
        return round(100 * self.answered_on_time / self.answered, 1) if self.answered else None


@dataclass
class MonthRow:
    """One category's (or one place's) requests in each month of the year."""

    label: str
    months: list[int] = field(default_factory=lambda: [0] * 12)

    @property
    def total(self) -> int:
        return sum(self.months)


@dataclass
class YearReport:
    year: int
    total: ReportRow
    months: list[ReportRow]
    categories: list[ReportRow]
    regions: list[ReportRow]
    # The same counts by month: a row per category, and a row per prefecture or province.
    category_months: list[MonthRow] = field(default_factory=list)
    region_months: list[MonthRow] = field(default_factory=list)


def _top_place(place):
    while place is not None and place.parent_id is not None:
        place = place.parent
    return place


def _add(row: ReportRow, case: Case) -> None:
    row.count += 1
    calendar = case.category.calendar
    received = timezone.localdate(case.created_at)
    if case.first_responded_at:
        answered = timezone.localdate(case.first_responded_at)
        row.first_response_days.append(working_days_between(received, answered, calendar))
        row.answered += 1
        row.answered_on_time += answered <= case.first_response_due
    if case.resolved_at:
        resolved = timezone.localdate(case.resolved_at)
        row.resolution_days.append(working_days_between(received, resolved, calendar))


def case_report(*, year: int, language: str | None = None) -> YearReport:
    zone = timezone.get_current_timezone()
    start = datetime.datetime(year, 1, 1, tzinfo=zone)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=zone)
    cases = Case.objects.filter(created_at__gte=start, created_at__lt=end).select_related(
        "category", "organisation__place__parent__parent"
    )
    total = ReportRow(label="")
    months = [ReportRow(label=f"{year}-{m:02d}") for m in range(1, 13)]
    categories: dict[int, ReportRow] = {}
    regions: dict[int | None, ReportRow] = {}
    category_months: dict[int, MonthRow] = {}
    region_months: dict[int | None, MonthRow] = {}
    for case in cases:
        month = timezone.localtime(case.created_at).month - 1
        _add(total, case)
        _add(months[month], case)
        if case.category_id not in categories:
            label = case.category.display_name(language)
            categories[case.category_id] = ReportRow(label=label)
            category_months[case.category_id] = MonthRow(label=label)
        _add(categories[case.category_id], case)
        category_months[case.category_id].months[month] += 1
        top = _top_place(case.organisation.place)
        key = top.pk if top else None
        if key not in regions:
            label = top.display_name(language) if top else "–"
            regions[key] = ReportRow(label=label)
            region_months[key] = MonthRow(label=label)
        _add(regions[key], case)
        region_months[key].months[month] += 1
    by_count = lambda rows: sorted(rows, key=lambda r: (-r.count, r.label))  # noqa: E731
    by_total = lambda rows: sorted(rows, key=lambda r: (-r.total, r.label))  # noqa: E731
    return YearReport(
        year=year,
        total=total,
        months=months,
        categories=by_count(categories.values()),
        regions=by_count(regions.values()),
        category_months=by_total(category_months.values()),
        region_months=by_total(region_months.values()),
    )


CSV_HEADER = [
    "section",
    "label",
    "count",
    "median_first_response_working_days",
    "median_resolution_working_days",
    "answered_on_time_percent",
]


def case_report_rows(report: YearReport):
    sections = [
        ("total", [ReportRow(**{**report.total.__dict__, "label": str(report.year)})]),
        ("month", report.months),
        ("category", report.categories),
        ("prefecture_or_province", report.regions),
    ]
    for section, rows in sections:
        for row in rows:
            yield [
                section,
                row.label,
                row.count,
                row.median_first_response,
                row.median_resolution,
                row.on_time_share,
            ]
    # The counts by month for each category and each place: the month in the label.
    for section, month_rows in (
        ("category_by_month", report.category_months),
        ("prefecture_or_province_by_month", report.region_months),
    ):
        for month_row in month_rows:
            for month, count in enumerate(month_row.months, start=1):
                yield [section, f"{month_row.label} {report.year}-{month:02d}", count, "", "", ""]

"""The yearly report: counts, median working days, the share answered on time, and CSV."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from kouryu.cases.models import Case
from kouryu.cases.reports import case_report
from kouryu.cases.tests.factories import (
    EHIME,
    KOBE,
    OrganisationFactory,
    case_make,
    requester,
    staff_account,
)
from kouryu.places.tests.factories import gazetteer_place

pytestmark = pytest.mark.django_db

TZ = timezone.get_fixed_timezone(8 * 60)


def _case(code, slug, received, answered=None, resolved=None):
    user = requester(OrganisationFactory(place=gazetteer_place(code)))
    case = case_make(user, slug=slug)
    from kouryu.cases.services import _due_dates

    first_due, resolution_due = _due_dates(case.category, received)
    Case.objects.filter(pk=case.pk).update(
        created_at=received,
        first_responded_at=answered,
        resolved_at=resolved,
        first_response_due=first_due,
        resolution_due=resolution_due,
    )
    return case


@pytest.fixture
def year():
    # Information (2 working days to answer) from Kobe, across the Spring Festival: received
    # Fri 13 Feb, answered Tue 24 Feb = 2 working days (the make-up Saturday counts): on time.
    _case(
        KOBE,
        "information",
        datetime.datetime(2026, 2, 13, 10, tzinfo=TZ),
        answered=datetime.datetime(2026, 2, 24, 10, tzinfo=TZ),
        resolved=datetime.datetime(2026, 2, 27, 10, tzinfo=TZ),
    )
    # Information from Ehime, answered after 4 working days: late.
    _case(
        EHIME,
        "information",
        datetime.datetime(2026, 3, 2, 10, tzinfo=TZ),
        answered=datetime.datetime(2026, 3, 6, 10, tzinfo=TZ),
    )
    # A visit from Kobe, not answered yet.
    _case(KOBE, "visit", datetime.datetime(2026, 3, 10, 10, tzinfo=TZ))
    # Another year.
    _case(KOBE, "visit", datetime.datetime(2025, 12, 31, 10, tzinfo=TZ))


def test_counts_medians_and_the_share_on_time(year):
    report = case_report(year=2026, language="ja")
    assert report.total.count == 3
    assert [m.count for m in report.months][:4] == [0, 1, 2, 0]
    assert report.total.median_first_response == 3  # 2 and 4 working days
    assert report.total.median_resolution == 5  # 13 → 27 Feb, on China's calendar
    assert report.total.on_time_share == 50.0
    assert [(r.label, r.count) for r in report.categories] == [
        ("情報提供", 2),
        ("訪問支援（公用車）", 1),
    ]
    # Kobe counts under its prefecture.
    assert [(r.label, r.count) for r in report.regions] == [("兵庫県", 2), ("愛媛県", 1)]


def test_the_report_page_and_its_csv(client, year):
    client.force_login(staff_account().user)
    page = client.get(reverse("cases_report"), {"year": 2026})
    assert page.status_code == 200
    assert "兵庫県" in page.text and "chart-regions" in page.text
    response = client.get(reverse("cases_report_csv"), {"year": 2026})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "section"
    assert rows[1] == ["total", "2026", "3", "3.0", "5", "50.0"]
    assert ["prefecture_or_province", "兵庫県", "2"] in [row[:3] for row in rows]


def test_requesters_cannot_open_the_report(client, year):
    client.force_login(requester())
    assert client.get(reverse("cases_report")).status_code != 200
    assert client.get(reverse("cases_report_csv")).status_code != 200


def test_each_category_and_each_place_counted_by_month(year):
    report = case_report(year=2026, language="ja")
    assert [(r.label, r.months[:4], r.total) for r in report.category_months] == [
        ("情報提供", [0, 1, 1, 0], 2),
        ("訪問支援（公用車）", [0, 0, 1, 0], 1),
    ]
    assert [(r.label, r.months[:4]) for r in report.region_months] == [
        ("兵庫県", [0, 1, 1, 0]),
        ("愛媛県", [0, 0, 1, 0]),
    ]


def test_the_page_and_the_csv_carry_the_month_tables(client, year):
    client.force_login(staff_account().user)
    page = client.get(reverse("cases_report"), {"year": 2026}).text
    table = page.split('id="chart-category_months"')[1]
    assert '<th scope="row">情報提供</th><td>0</td><td>1</td><td>1</td>' in table
    response = client.get(reverse("cases_report_csv"), {"year": 2026})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert ["category_by_month", "情報提供 2026-03", "1", "", "", ""] in rows
    assert ["prefecture_or_province_by_month", "愛媛県 2026-02", "0", "", "", ""] in rows


@pytest.mark.parametrize("asked", ["20261", "-5", "19", "abc"])
def test_a_year_the_report_cannot_cover_shows_this_year_with_a_message(client, year, asked):
    client.force_login(staff_account().user)
    response = client.get(reverse("cases_report"), {"year": asked}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 200
    assert f"<strong>{timezone.localdate().year}</strong>" in response.text
    if asked != "abc":
        assert "2000" in response.text and "2100" in response.text
    assert client.get(reverse("cases_report_csv"), {"year": asked}).status_code == 200

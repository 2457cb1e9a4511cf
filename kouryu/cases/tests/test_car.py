"""The office car: bookings for a case's visit, refused when they overlap, and a calendar."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import translation

from kouryu.cases import services
from kouryu.cases.models import CarBooking
from kouryu.cases.tests.factories import case_make, requester, staff_account

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english(client):
    """These tests read the messages in English: the admin as an English-speaking staff
    member sees it, and the services' messages in the active language."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


TZ = datetime.timezone(datetime.timedelta(hours=8))


def at(day, hour):
    return datetime.datetime(2026, 5, day, hour, tzinfo=TZ)


@pytest.fixture
def visit():
    return case_make(requester(), slug="visit", title="知事訪中", car=True)


def test_an_overlapping_booking_is_refused_with_the_other_booking(visit):
    staff = staff_account().user
    services.car_booking_create(case=visit, starts_at=at(12, 9), ends_at=at(12, 17), by=staff)
    other = case_make(requester(), slug="visit")
    with pytest.raises(ValidationError, match="already booked from 2026-05-12 09:00") as error:
        services.car_booking_create(case=other, starts_at=at(12, 16), ends_at=at(12, 18), by=staff)
    assert visit.reference in str(error.value)
    assert CarBooking.objects.count() == 1


def test_back_to_back_bookings_are_fine(visit):
    staff = staff_account().user
    services.car_booking_create(case=visit, starts_at=at(12, 9), ends_at=at(12, 12), by=staff)
    services.car_booking_create(case=visit, starts_at=at(12, 12), ends_at=at(12, 15), by=staff)
    assert CarBooking.objects.count() == 2


def test_a_booking_ends_after_it_starts(visit):
    with pytest.raises(ValidationError):
        services.car_booking_create(
            case=visit, starts_at=at(12, 9), ends_at=at(12, 9), by=staff_account().user
        )


def test_only_staff_book_the_car(visit):
    with pytest.raises(PermissionDenied):
        services.car_booking_create(
            case=visit, starts_at=at(12, 9), ends_at=at(12, 10), by=visit.requester
        )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's exclusion constraint")
def test_the_database_refuses_an_overlap_the_service_did_not_see(visit):
    CarBooking.objects.create(case=visit, starts_at=at(12, 9), ends_at=at(12, 17))
    with pytest.raises(IntegrityError), transaction.atomic():
        CarBooking.objects.create(case=visit, starts_at=at(12, 10), ends_at=at(12, 11))


def test_booking_from_the_case_page_and_the_calendar(client, visit):
    staff = staff_account()
    client.force_login(staff.user)
    page = client.get(reverse("cases_staff_case", args=[visit.pk]))
    assert "Book the car" in page.text
    client.post(
        reverse("cases_car_book", args=[visit.pk]),
        {"starts_at": "2026-05-12T09:00", "ends_at": "2026-05-12T17:00", "with_driver": "on"},
    )
    assert CarBooking.objects.get().case == visit
    clash = client.post(
        reverse("cases_car_book", args=[visit.pk]),
        {"starts_at": "2026-05-12T10:00", "ends_at": "2026-05-12T11:00"},
        follow=True,
    )
    assert "already booked" in clash.text
    assert CarBooking.objects.count() == 1
    calendar = client.get(reverse("cases_car_calendar"), {"week": "2026-05-13"})
    assert visit.reference in calendar.text and "09:00–17:00" in calendar.text
    empty = client.get(reverse("cases_car_calendar"), {"week": "2026-05-20"})
    assert visit.reference not in empty.text


def test_requesters_do_not_see_the_calendar(client, visit):
    client.force_login(visit.requester)
    assert client.get(reverse("cases_car_calendar")).status_code != 200


@pytest.mark.parametrize("week", ["9999-12-27", "0001-01-01", "9999-12-31"])
def test_a_week_outside_the_calendar_shows_this_week_with_a_message(client, week):
    client.force_login(staff_account().user)
    response = client.get(reverse("cases_car_calendar"), {"week": week}, follow=True)
    assert response.status_code == 200
    assert "The calendar covers 2000 to 2100; this week is shown." in response.text


@pytest.mark.parametrize(
    "starts_at, ends_at",
    [("0001-01-01T00:00", "0001-01-01T08:00"), ("9999-12-31T20:00", "9999-12-31T23:00")],
)
def test_a_booking_at_the_ends_of_time_is_refused_with_a_message(client, visit, starts_at, ends_at):
    client.force_login(staff_account().user)
    response = client.post(
        reverse("cases_car_book", args=[visit.pk]),
        {"starts_at": starts_at, "ends_at": ends_at},
        follow=True,
    )
    assert response.status_code == 200
    assert "A booking must fall between 2000-01-01 and 2100-12-31." in response.text
    assert not CarBooking.objects.exists()


def test_a_booking_lasts_at_most_two_weeks(visit):
    staff = staff_account().user
    with pytest.raises(ValidationError, match="at most 14 days"):
        services.car_booking_create(
            case=visit, starts_at=at(1, 9), ends_at=at(1, 9) + datetime.timedelta(days=15), by=staff
        )
    fortnight = services.car_booking_create(
        case=visit, starts_at=at(1, 9), ends_at=at(15, 9), by=staff
    )
    assert fortnight.pk


def test_a_booking_is_cancelled_from_the_case_page(client, visit):
    staff = staff_account()
    booking = services.car_booking_create(
        case=visit, starts_at=at(12, 9), ends_at=at(12, 17), by=staff.user
    )
    client.force_login(staff.user)
    page = client.get(reverse("cases_staff_case", args=[visit.pk]))
    assert reverse("cases_car_cancel", args=[booking.pk]) in page.text
    client.force_login(requester())
    assert client.post(reverse("cases_car_cancel", args=[booking.pk])).status_code in (302, 404)
    assert CarBooking.objects.exists()
    client.force_login(staff.user)
    done = client.post(reverse("cases_car_cancel", args=[booking.pk]), follow=True)
    assert "The booking is cancelled" in done.text
    assert not CarBooking.objects.exists()

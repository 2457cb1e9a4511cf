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

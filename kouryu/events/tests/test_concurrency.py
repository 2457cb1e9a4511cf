"""No overbooking, over real parallel connections on PostgreSQL: 200 registrations for 50
seats; 5 cancellations promote exactly the next 5; 20 delegations of 3 for 10 seats.

The data is made and removed on connections of their own, committed, so that the parallel
connections see it (as kouryu/cases/tests/test_concurrency.py does). Twenty connections at
a time share the work, which keeps within PostgreSQL's connection limit on a shared server.
"""

import datetime
import queue
import threading
import uuid

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from kouryu.core.models import OutboundEmail
from kouryu.events import services
from kouryu.events.models import (
    Attendee,
    EventIndexPage,
    EventKind,
    EventPage,
    Registration,
    Roster,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks"),
]
PARALLEL = 20
Status = Attendee.Status


def _own_connection(call):
    result = []

    def run():
        try:
            result.append(call())
        except Exception as error:  # noqa: BLE001 - raised in the test's thread
            result.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if isinstance(result[0], Exception):
        raise result[0]
    return result[0]


def _parallel(calls):
    """Run the calls on up to PARALLEL connections at once, released together; the
    results (or errors) in the order of the calls."""
    work = queue.SimpleQueue()
    for item in enumerate(calls):
        work.put(item)
    results: list = [None] * len(calls)
    workers = min(PARALLEL, len(calls))
    start = threading.Barrier(workers)

    def worker():
        start.wait()
        try:
            while True:
                try:
                    index, call = work.get_nowait()
                except queue.Empty:
                    return
                try:
                    results[index] = call()
                except Exception as error:  # noqa: BLE001 - the test looks at each outcome
                    results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _event_make(*, capacity: int) -> EventPage:
    from wagtail.models import Locale, Page

    @transaction.atomic
    def make():
        kind = EventKind.objects.create(slug=f"load-{uuid.uuid4().hex[:8]}", name_ja="負荷試験")
        root = Page.get_first_root_node()
        index = EventIndexPage(
            title="イベント", slug=f"events-{uuid.uuid4().hex[:8]}", locale=Locale.get_default()
        )
        root.add_child(instance=index)
        start = timezone.now() + datetime.timedelta(days=10)
        event = EventPage(
            title="料理体験",
            slug="cooking",
            kind=kind,
            venue="北京",
            description="<p>…</p>",
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=2),
            capacity=capacity,
        )
        index.add_child(instance=event)
        return EventPage.objects.get(pk=event.pk)

    return _own_connection(make)


def _remove(event: EventPage) -> None:
    @transaction.atomic
    def remove():
        references = [
            r.reference
            for r in Registration.objects.filter(roster__event_key=event.translation_key)
        ]
        OutboundEmail.objects.filter(reference__in=references).delete()
        Attendee.objects.filter(roster__event_key=event.translation_key).delete()
        Registration.objects.filter(roster__event_key=event.translation_key).delete()
        Roster.objects.filter(event_key=event.translation_key).delete()
        kind = event.kind
        event.get_parent().delete()
        kind.delete()

    _own_connection(remove)


@pytest.fixture
def fifty_seats():
    event = _event_make(capacity=50)
    yield event
    _remove(event)


@pytest.fixture
def ten_seats():
    event = _event_make(capacity=10)
    yield event
    _remove(event)


def _register(event, n, *, people=1):
    return lambda: services.registration_create(
        event=event,
        contact=services.Contact(name=f"申込者{n}", email=f"p{n}@example.org"),
        people=[services.Person(name=f"参加者{n}-{m}") for m in range(people)],
        language=("ja", "zh-hans", "en")[n % 3],
        submission_key=uuid.uuid4(),
    )


def test_200_registrations_for_50_seats_then_5_cancellations(fifty_seats):
    event = fifty_seats
    results = _parallel([_register(event, n) for n in range(200)])
    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors[:3]
    people = Attendee.objects.filter(roster__event_key=event.translation_key)
    assert people.filter(status=Status.CONFIRMED).count() == 50
    assert people.filter(status=Status.WAITLISTED).count() == 150
    # Arrival order is the order the lock was granted, which is the order of the rows:
    # the first 50 have seats, and the waiting list follows the same order.
    registrations = list(
        Registration.objects.filter(roster__event_key=event.translation_key).order_by("pk")
    )
    statuses = [r.attendees.get().status for r in registrations]
    assert statuses == [Status.CONFIRMED] * 50 + [Status.WAITLISTED] * 150
    waiting = registrations[50:]
    assert [services.waitlist_position(registration=r) for r in waiting[:3]] == [1, 2, 3]
    assert services.waitlist_position(registration=waiting[-1]) == 150

    cancelled = registrations[:5]
    promoted = _parallel(
        [(lambda r=r: services.registration_cancel(registration=r, event=event)) for r in cancelled]
    )
    assert not [p for p in promoted if isinstance(p, Exception)], promoted
    promoted_ids = sorted(r.pk for batch in promoted for r in batch)
    assert promoted_ids == [r.pk for r in waiting[:5]]
    assert people.filter(status=Status.CONFIRMED).count() == 50
    assert people.filter(status=Status.WAITLISTED).count() == 145
    emailed = OutboundEmail.objects.filter(category="event-promoted")
    assert sorted(emailed.values_list("to", flat=True)) == sorted(r.email for r in waiting[:5])
    assert services.waitlist_position(registration=waiting[5]) == 1


def test_20_delegations_of_3_for_10_seats_are_never_split(ten_seats):
    event = ten_seats
    results = _parallel([_register(event, n, people=3) for n in range(20)])
    assert not [r for r in results if isinstance(r, Exception)], results
    people = Attendee.objects.filter(roster__event_key=event.translation_key)
    assert people.filter(status=Status.CONFIRMED).count() == 9
    for registration in Registration.objects.filter(roster__event_key=event.translation_key):
        assert len({a.status for a in registration.attendees.all()}) == 1, "a group was split"
    seated = [r for r in results if r.confirmed]
    assert len(seated) == 3 and all(r.confirmed == 3 for r in seated)

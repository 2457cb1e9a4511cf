"""Real parallel connections on PostgreSQL: two staff edit one case at the same moment;
ten staff book the car for overlapping times.

The data is made and removed on a connection of its own, committed, so that the parallel
connections see it; a transactional test's flush would take the session's seed data.
"""

import threading

import pytest
from django.db import connection, connections, transaction

from kouryu.cases import services
from kouryu.cases.models import Case, CaseEvent
from kouryu.cases.tests.factories import case_make, requester, staff_account

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks"),
]


def _own_connection(call):
    """``call()`` on a connection of its own (autocommit), outside the test's transaction."""
    return _parallel([call])[0]


@pytest.fixture
def committed():
    """Two staff logins and a case, committed; everything they made is removed after."""
    from django.contrib.auth import get_user_model

    from kouryu.offices.models import StaffMember

    @transaction.atomic
    def make():
        first, second = staff_account(), staff_account()
        user = requester()
        return first, second, user, case_make(user)

    made = _own_connection(make)
    if isinstance(made, Exception):
        raise made
    first, second, user, case = made

    @transaction.atomic
    def remove():
        organisation = case.organisation
        Case.objects.filter(pk=case.pk).delete()
        organisation.delete()
        StaffMember.objects.filter(pk__in=[first.member_id, second.member_id]).delete()
        get_user_model().objects.filter(pk__in=[first.user_id, second.user_id, user.pk]).delete()

    yield first, second, case
    error = _own_connection(remove)
    if isinstance(error, Exception):
        raise error


def _parallel(calls):
    """Run the calls at once, each on its own connection; their results or errors."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # noqa: BLE001 - the test looks at each outcome
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n, c)) for n, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_concurrent_edits_one_wins_the_other_gets_the_conflict(committed):
    first, second, case = committed
    seen = case.version
    results = _parallel(
        [
            lambda: services.case_assign(case=case, assignee=first, by=first.user, version=seen),
            lambda: services.case_assign(case=case, assignee=second, by=second.user, version=seen),
        ]
    )
    conflicts = [r for r in results if isinstance(r, services.CaseConflict)]
    wins = [r for r in results if isinstance(r, Case)]
    assert len(conflicts) == 1 and len(wins) == 1, results
    stored = Case.objects.get(pk=case.pk)
    assert stored.assignee == wins[0].assignee
    assert stored.version == seen + 1
    # The loser is told who changed what.
    assert stored.updated_by.get_username() in conflicts[0].message
    assert CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.ASSIGNED).count() == 1


def test_ten_concurrent_overlapping_bookings_store_exactly_one(committed):
    import datetime

    from kouryu.cases.models import CarBooking

    first, second, case = committed
    start = datetime.datetime(2026, 6, 1, 9, tzinfo=datetime.UTC)

    def book(n):
        return lambda: services.car_booking_create(
            case=case,
            starts_at=start + datetime.timedelta(minutes=10 * n),
            ends_at=start + datetime.timedelta(hours=3),
            by=(first if n % 2 else second).user,
        )

    results = _parallel([book(n) for n in range(10)])
    stored = [r for r in results if isinstance(r, CarBooking)]
    refused = [r for r in results if isinstance(r, services.ValidationError)]
    assert len(stored) == 1 and len(refused) == 9, results
    assert CarBooking.objects.filter(case=case).count() == 1
    # Each refusal names the booking that holds the car (in the thread's language).
    winner = stored[0]
    assert all(winner.case.reference in " ".join(r.messages) for r in refused)


def test_messages_sent_at_once_on_a_waiting_case_are_all_stored_and_accepted(committed):
    from kouryu.cases.models import Message, Status

    first, second, case = committed
    _own_connection(lambda: services.case_transition(case=case, to=Status.WAITING, by=first.user))
    requester = case.requester

    def write(n):
        return lambda: services.message_add(case=case, by=requester, body=f"追記 {n}")

    results = _parallel([write(n) for n in range(8)])
    assert all(isinstance(r, Message) for r in results), results
    assert Message.objects.filter(case=case, kind=Message.Kind.REQUESTER).count() == 1 + 8
    assert Case.objects.get(pk=case.pk).status == Status.IN_PROGRESS
    moves = CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.STATUS)
    assert list(moves.values_list("to_status", flat=True)) == [Status.WAITING, Status.IN_PROGRESS]

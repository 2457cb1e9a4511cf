"""Seats, the waiting list, cancelling and promotion, as the services give them out."""

import pytest
from django.core import mail

from kouryu.events import services
from kouryu.events.models import Attendee
from kouryu.events.tests.factories import event_make, register

pytestmark = pytest.mark.django_db
Status = Attendee.Status


def test_seats_then_waiting_list_in_arrival_order(event):
    outcomes = [register(event["ja"], notify=False) for _ in range(5)]
    assert [o.confirmed for o in outcomes] == [1, 1, 1, 0, 0]
    assert [services.waitlist_position(registration=o.registration) for o in outcomes] == [
        None,
        None,
        None,
        1,
        2,
    ]


def test_translations_share_the_seats(event):
    register(event["ja"], notify=False)
    register(event["zh-hans"], language="zh-hans", notify=False)
    third = register(event["en"], language="en", notify=False)
    fourth = register(event["zh-hans"], language="zh-hans", notify=False)
    assert third.confirmed == 1
    assert fourth.waitlisted == 1


def test_double_submit_registers_once(event):
    first = register(event["ja"], key="8d7f6a52-3b1e-4c1d-9f3a-1b2c3d4e5f60", notify=False)
    again = register(event["ja"], key="8d7f6a52-3b1e-4c1d-9f3a-1b2c3d4e5f60", notify=False)
    assert first.created and not again.created
    assert again.registration.pk == first.registration.pk
    assert Attendee.objects.filter(roster=first.registration.roster).count() == 1


def test_a_group_is_not_split_unless_it_allows_it(indexes):
    pages = event_make(indexes, capacity=4, allow_group_split=True)
    register(pages["ja"], people=3, notify=False)
    whole = register(pages["ja"], people=2, notify=False)
    assert (whole.confirmed, whole.waitlisted) == (0, 2)
    # A single person behind the waiting group still fits in the seat left.
    single = register(pages["ja"], notify=False)
    assert single.confirmed == 1
    split = register(pages["ja"], people=2, split_ok=True, notify=False)
    assert (split.confirmed, split.waitlisted) == (0, 2)


def test_split_group_takes_what_is_left(indexes):
    pages = event_make(indexes, capacity=4, allow_group_split=True)
    register(pages["ja"], people=3, notify=False)
    split = register(pages["ja"], people=3, split_ok=True, notify=False)
    assert (split.confirmed, split.waitlisted) == (1, 2)


def test_cancel_promotes_the_next_and_tells_them(event, run_tasks):
    first = register(event["ja"])
    for _ in range(2):
        register(event["ja"])
    waiting = register(event["zh-hans"], language="zh-hans", email="wang@example.cn")
    behind = register(event["ja"])
    mail.outbox.clear()
    promoted = run_tasks(
        services.registration_cancel, registration=first.registration, event=event["ja"]
    )
    assert [r.pk for r in promoted] == [waiting.registration.pk]
    assert services.waitlist_position(registration=behind.registration) == 1
    to_wang = [m for m in mail.outbox if m.to == ["wang@example.cn"]]
    assert len(to_wang) == 1
    assert "空出" in to_wang[0].subject or "名额" in to_wang[0].subject, to_wang[0].subject


def test_leaving_the_waiting_list_moves_the_others_up(event):
    for _ in range(3):
        register(event["ja"], notify=False)
    leaving = register(event["ja"], notify=False)
    staying = register(event["ja"], notify=False)
    assert services.waitlist_position(registration=staying.registration) == 2
    promoted = services.registration_cancel(
        registration=leaving.registration, event=event["ja"], notify=False
    )
    assert promoted == []
    assert services.waitlist_position(registration=staying.registration) == 1


def test_ticket_types_have_their_own_seats(indexes):
    pages = event_make(indexes, capacity=None, tickets=[("officials", 1), ("public", 2)])
    assert register(pages["ja"], ticket="officials", notify=False).confirmed == 1
    assert register(pages["ja"], ticket="officials", notify=False).waitlisted == 1
    assert register(pages["ja"], ticket="public", people=2, notify=False).confirmed == 2
    with pytest.raises(services.ValidationError):
        register(pages["ja"], ticket="", notify=False)


def test_registration_window(indexes):
    import datetime

    from django.utils import timezone

    pages = event_make(indexes, registration_closes_at=timezone.now() - datetime.timedelta(hours=1))
    with pytest.raises(services.RegistrationClosed):
        register(pages["ja"], notify=False)


def test_more_seats_published_by_staff_go_to_the_waiting_list(event, run_tasks):
    from kouryu.events.models import EventPage
    from kouryu.events.wagtail_hooks import event_seats_after_publish

    for _ in range(3):
        register(event["ja"], notify=False)
    waiting = register(event["ja"], email="next@example.org", notify=False)
    page = EventPage.objects.get(pk=event["ja"].pk)
    page.capacity = 4
    page.save_revision().publish()
    mail.outbox.clear()
    run_tasks(event_seats_after_publish, None, page)
    assert waiting.registration.attendees.get().status == Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [["next@example.org"]]

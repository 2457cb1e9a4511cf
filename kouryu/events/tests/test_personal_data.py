"""Registrants' personal data goes the configured time after the event; the counts stay."""

import datetime

import pytest
from django.utils import timezone

from kouryu.core.models import OutboundEmail
from kouryu.events import services
from kouryu.events.models import Attendee, Registration
from kouryu.events.tests.factories import event_make, kind_make

pytestmark = pytest.mark.django_db


def _register(pages, name):
    return services.registration_create(
        event=pages["ja"],
        contact=services.Contact(name=name, email=f"{name}@example.org", phone="123"),
        people=[services.Person(name=name, answers={"allergies": "えび"})],
        language="ja",
        now=pages["ja"].starts_at - datetime.timedelta(days=5),
    ).registration


def test_anonymisation_after_the_kinds_time_keeps_the_counts(indexes):
    kind = kind_make(keep_days=30)
    old = event_make(indexes, kind=kind, starts_in=-datetime.timedelta(days=40), capacity=1)
    recent = event_make(indexes, kind=kind, starts_in=-datetime.timedelta(days=10))
    gone = [_register(old, "tanaka"), _register(old, "suzuki")]
    kept = _register(recent, "sato")
    services.checkin(event=old["ja"], code=gone[0].code)
    assert OutboundEmail.objects.filter(reference=gone[0].reference).exists()

    assert services.registrations_anonymise() == 2
    assert services.registrations_anonymise() == 0  # once
    for registration in Registration.objects.filter(pk__in=[r.pk for r in gone]):
        assert registration.anonymised_at
        assert (registration.contact_name, registration.email, registration.phone) == ("", "", "")
        assert all(a.name == "" and a.answers == {} for a in registration.attendees.all())
    assert not OutboundEmail.objects.filter(reference=gone[0].reference).exists()
    people = Attendee.objects.filter(roster__event_key=old["ja"].translation_key)
    assert people.count() == 2
    assert people.filter(status=Attendee.Status.CONFIRMED).count() == 1
    assert people.filter(status=Attendee.Status.WAITLISTED).count() == 1
    assert people.filter(checked_in_at__isnull=False).count() == 1
    assert Registration.objects.get(pk=kept.pk).email == "sato@example.org"


def test_the_privacy_notice_says_when_in_each_language(client, indexes):
    pages = event_make(indexes, kind=kind_make(keep_days=45))
    assert "45日" in client.get(pages["ja"].url).content.decode()
    assert "45天" in client.get(pages["zh-hans"].url).content.decode()
    assert "45 days after the event" in client.get(pages["en"].url).content.decode()


def test_the_anonymisation_is_a_daily_task():
    from kouryu.events.tasks import registrations_anonymise_task

    assert registrations_anonymise_task.call() == 0
    assert timezone.now()

"""Background work of the events app (Django's tasks API; periodic ones with crontask)."""

from crontask import cron
from django.tasks import task

from kouryu.events import services


@task()
def mailing_send_task(mailing_id: int, event_id: int) -> int:
    """Send a staff message to each registrant in their language; returns how many."""
    from kouryu.events.models import EventPage

    event = EventPage.objects.get(pk=event_id)
    return services.mailing_send(mailing_id=mailing_id, event=event).sent


@cron("41 3 * * *")  # daily, at night
@task()
def registrations_anonymise_task() -> int:
    """Remove registrants' personal data the configured time after their event."""
    return services.registrations_anonymise()

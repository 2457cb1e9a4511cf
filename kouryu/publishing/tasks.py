"""Publishing's background work (Django's tasks API): newsletter mail and scheduled pages."""

import datetime
import logging

from crontask import cron
from django.tasks import task
from django.utils import timezone

from kouryu.publishing import newsletter

logger = logging.getLogger(__name__)

# When the mail server is away, the rest of an edition waits this long before a retry.
RETRY_AFTER = datetime.timedelta(minutes=2)


@task()
def newsletter_signup_task(email: str, language: str) -> None:
    """A sign-up's confirmation email, sent outside the request that asked for it."""
    newsletter.subscriber_subscribe(email=email, language=language)


@task()
def newsletter_send_task(batch: int = 200) -> int:
    """Send pending deliveries until none is left; on a mail-server outage, try again later.

    Each delivery is claimed with a row lock, so two of these tasks at once never send an
    edition twice to anyone.
    """
    handled = 0
    while True:
        try:
            sent = newsletter.deliveries_send(batch=batch)
        except newsletter.TRANSIENT_ERRORS as error:
            logger.warning("newsletter: mail server unavailable (%s); retrying later", error)
            if newsletter_send_task.get_backend().supports_defer:
                later = newsletter_send_task.using(run_after=timezone.now() + RETRY_AFTER)
                later.enqueue(batch)
            # Otherwise newsletter_resume_task picks the rest up within ten minutes.
            return handled
        handled += sent
        if not sent:
            return handled


@cron("*/10 * * * *")
@task()
def newsletter_resume_task() -> int:
    """A safety net: deliveries left pending (a worker stopped mid-edition) go out."""
    if not newsletter.deliveries_pending_count():
        return 0
    return newsletter_send_task.call()


@cron("* * * * *")
@task()
def publish_scheduled_task() -> None:
    """Wagtail's scheduled publishing: pages whose go-live time has come are published, and
    expired ones unpublished, within the minute, with no cron line of the operator's."""
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)

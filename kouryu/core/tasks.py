"""The platform's own periodic clean-up (Django's tasks API, scheduled by django-crontask)."""

from crontask import cron
from django.core.management import call_command
from django.tasks import default_task_backend, task
from django.utils import timezone

from kouryu.core import mail
from kouryu.core.throttle import throttle_prune


@task()
def email_send_task(email_id: int) -> str:
    """Send one stored email; after a failure, try again later, waiting longer each time."""
    email = mail.email_send(email_id=email_id)
    if email is None:
        return "gone"
    if email.status == email.Status.PENDING and email_send_task.get_backend().supports_defer:
        later = email_send_task.using(run_after=timezone.now() + mail.retry_delay(email.attempts))
        later.enqueue(email_id)
    return email.status


@cron("*/15 * * * *")
@task()
def emails_resend_task() -> int:
    """A safety net for emails left pending (a stopped worker, a backend without retries)."""
    count = 0
    for email_id in mail.emails_pending_resend().values_list("pk", flat=True)[:500]:
        mail.email_send(email_id=email_id)
        count += 1
    return count


@cron("41 3 * * *")  # daily, at night in the office's time zone
@task()
def throttle_prune_task() -> int:
    return throttle_prune()


@cron("47 3 * * *")
@task()
def task_results_prune_task() -> None:
    """Finished tasks are kept two weeks in the database backend, failed ones a month, so
    that staff can see what failed and why."""
    if type(default_task_backend).__module__.startswith("django_tasks_db"):
        call_command("prune_db_task_results", min_age_days=14, failed_min_age_days=31)

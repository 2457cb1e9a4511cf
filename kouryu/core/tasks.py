"""The platform's own periodic clean-up (Django's tasks API, scheduled by django-crontask)."""

from crontask import cron
from django.core.management import call_command
from django.tasks import default_task_backend, task

from kouryu.core.throttle import throttle_prune


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

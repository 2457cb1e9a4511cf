"""Scheduled work on requests (Django's tasks API, scheduled by django-crontask)."""

from crontask import cron
from django.tasks import task

from kouryu.cases.services import cases_close_resolved


@cron("23 4 * * *")  # daily, at night in the office's time zone
@task()
def cases_close_resolved_task() -> int:
    """Close requests resolved longer ago than the requester may reopen them."""
    return cases_close_resolved()

"""Scheduled pages go live by themselves: a periodic task on the scheduler, every minute."""

import datetime
from unittest import mock

import pytest
from crontask import scheduler
from django.utils import timezone

from kouryu.publishing.tasks import publish_scheduled_task
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_scheduler_runs_scheduled_publishing_every_minute():
    jobs = {job.name: job for job in scheduler.get_jobs()}
    job = jobs[publish_scheduled_task.name]
    now = timezone.now()
    fire = job.trigger.get_next_fire_time(None, now)
    assert fire - now <= datetime.timedelta(minutes=1)
    assert job.func == publish_scheduled_task.enqueue


def test_moving_the_clock_past_go_live_publishes_the_page(client, homes):
    page = StandardPageFactory(parent=homes["ja"], title="予約公開", slug="later", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=1)
    page.save_revision().publish()  # schedules it
    page.refresh_from_db()
    assert not page.live
    publish_scheduled_task.enqueue()  # the minute's run before the time: nothing happens
    page.refresh_from_db()
    assert not page.live
    with mock.patch(
        "django.utils.timezone.now", return_value=page.go_live_at + datetime.timedelta(seconds=30)
    ):
        publish_scheduled_task.enqueue()  # what the scheduler enqueues each minute
    page.refresh_from_db()
    assert page.live
    assert client.get("/ja/later/").status_code == 200

"""The task backends a deployment can choose: the database (default) and RQ on Redis.

The database backend's worker is tested with the registry import (partnerships). Here, a
task goes through RQ on the machine's Redis, as a deployment with TASKS_URL=rq://… runs
it. Without Redis the test is skipped, except in CI, where that is a failure.
"""

import datetime
import os

import pytest
from django.utils import timezone

REDIS_URL = os.environ.get("KOURYU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_connection():
    import redis

    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError as error:
        reason = f"Redis is not reachable at {REDIS_URL} ({error})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    connection.flushdb()
    yield connection
    connection.flushdb()


@pytest.mark.django_db
def test_a_task_runs_through_rq_on_redis(redis_connection, settings):
    import django_rq
    from rq import SimpleWorker

    from kouryu.core.models import ThrottleHit
    from kouryu.core.tasks import throttle_prune_task

    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    old = timezone.now() - datetime.timedelta(days=30)
    ThrottleHit.objects.create(scope="test", key="k", created_at=old)

    result = throttle_prune_task.enqueue()
    assert result.status == "READY"
    assert ThrottleHit.objects.exists()  # waiting in Redis, not run in the request

    from django_tasks_rq import Job

    queue = django_rq.get_queue("default", job_class=Job)
    # SimpleWorker runs the job in this process, on the test's database connection.
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 1
    assert not ThrottleHit.objects.exists()

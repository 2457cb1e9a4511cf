"""Test set-up shared by every app: the demo site is loaded once per test session."""

import io

import django_tasks.signals  # noqa: F401 - resets Wagtail's task backends when TASKS changes
import pytest
from django.core.management import call_command

# Browser fixtures, defined once for every app's browser tests (one Chromium, one server).
from kouryu.website.tests.browser import browser, demo_server, page  # noqa: F401


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Regular tests run inside a transaction that is rolled back, so they all see
    # the same demo site; transactional tests load it again themselves.
    with django_db_blocker.unblock():
        call_command("setup_site", "--demo", stdout=io.StringIO())


@pytest.fixture
def admin_user(db):
    """pytest-django's admin, with the second factor every admin login needs."""
    from kouryu.core.tests.factories import SuperuserFactory

    return SuperuserFactory(username="admin")


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Production uses hashed static names, which need collectstatic; tests serve
    # the app folders directly.
    settings.WHITENOISE_AUTOREFRESH = True
    # Background tasks run at once, in the test's own transaction (the Makefile sets the
    # same with TASKS_URL); one test runs the database worker itself.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Each test starts with an empty cache (rate limits, cached pages).
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from django.core.cache import cache

    cache.clear()
    # The test client speaks plain HTTP; production redirects it to HTTPS.
    settings.SECURE_SSL_REDIRECT = False
    settings.WHITENOISE_USE_FINDERS = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }

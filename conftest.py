"""Test set-up shared by every app: the demo site is loaded once per test session."""

import io

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


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Production uses hashed static names, which need collectstatic; tests serve
    # the app folders directly.
    settings.WHITENOISE_AUTOREFRESH = True
    # The test client speaks plain HTTP; production redirects it to HTTPS.
    settings.SECURE_SSL_REDIRECT = False
    settings.WHITENOISE_USE_FINDERS = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }

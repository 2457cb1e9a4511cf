"""Test set-up shared by every app.

The test database holds what every site has (``setup_site`` without ``--demo``): the staff
groups and the gazetteer, with its search index. Tests of behaviour build their own data
with the factories in each app's ``tests/factories.py``. Tests of the demo content ask for
the ``demo`` fixture, which loads it once per module and takes it away afterwards.
"""

import io
from collections import Counter

import django_tasks.signals  # noqa: F401 - resets Wagtail's task backends when TASKS changes
import pytest
from django.core.management import call_command

# Browser fixtures, defined once for every app's browser tests (one Chromium, one server).
from kouryu.website.tests.browser import browser, demo_server, page  # noqa: F401

# The cache the whole session uses, module fixtures included (they are set up before the
# per-test ``settings`` below): each test process its own, in memory. The site's default
# (files under var/) is shared by every process on the machine, so parallel test workers,
# or an earlier run, would read each other's entries, such as Wagtail's site root paths,
# which hold one database's page ids.
TEST_CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture(scope="session", autouse=True)
def _session_cache():
    from django.test.utils import override_settings

    with override_settings(CACHES=TEST_CACHES):
        yield


def pytest_collection_modifyitems(config, items):
    """The browser tests first, since they take longest: in a parallel run (``-n``,
    ``--dist loadfile``: a module's tests in one worker, in order, so that its module
    fixtures are built once) they start before the short modules fill the workers."""
    # Workers report tests by id: two tests with one id would run or count as one.
    counts = Counter(item.nodeid for item in items)
    if duplicated := sorted(nodeid for nodeid, count in counts.items() if count > 1):
        raise pytest.UsageError(f"tests share an id: {', '.join(duplicated)}")
    items.sort(key=lambda item: item.get_closest_marker("browser") is None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    # Seed data only, outside the per-test transactions, so that every test sees it and
    # rolls back only its own changes.
    with django_db_blocker.unblock():
        call_command("setup_site", stdout=io.StringIO())
    # A command leaves no language active; tests and module fixtures start in the default.
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, for the tests of the demo content in a module (core.tests.demo).

    Loaded in a transaction that is rolled back when the module's tests are done, so that
    no other test sees it; each test runs inside it and rolls back its own changes.
    """
    from kouryu.core.tests.demo import demo_load
    from kouryu.core.tests.transactions import rolled_back

    with rolled_back(django_db_blocker):
        demo_load()
        yield


@pytest.fixture
def homes(db):
    """A home page in each site language, the site's root (kouryu.website.tests.factories)."""
    from kouryu.website.tests.factories import home_pages

    return home_pages()


@pytest.fixture
def gazetteer(db):
    """The shipped gazetteer, as every site has it (loaded for the session)."""


@pytest.fixture
def admin_user(db):
    """pytest-django's admin, with the second factor every admin login needs."""
    from kouryu.core.tests.factories import SuperuserFactory

    return SuperuserFactory(username="admin")


@pytest.fixture
def run_tasks(django_capture_on_commit_callbacks):
    """Call something whose background tasks (enqueued once its data is committed) must
    run before the test looks, as the worker would run them."""

    def run(call, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return call(*args, **kwargs)

    return run


@pytest.fixture
def no_page_cache(settings):
    """Pages rendered on every request, as for a logged-in visitor or a first hit: for the
    query budgets, which count what rendering costs (kouryu.core.pagecache)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _test_settings(settings):
    # Production uses hashed static names, which need collectstatic; tests serve
    # the app folders directly.
    settings.WHITENOISE_AUTOREFRESH = True
    # Background tasks run at once, in the test's own transaction (the Makefile sets the
    # same with TASKS_URL); one test runs the database worker itself.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Each test starts with an empty cache (rate limits, cached pages); the session's
    # in-memory one (_session_cache above).
    from django.core.cache import cache

    cache.clear()
    # Each test starts in the site's default language: a request through the test client
    # leaves its own language active in the thread, which the next test (or the next
    # module's fixtures) would inherit. Reset again at teardown, below.
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    # The test client speaks plain HTTP; production redirects it to HTTPS.
    settings.SECURE_SSL_REDIRECT = False
    settings.WHITENOISE_USE_FINDERS = True
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    yield
    translation.activate(settings.LANGUAGE_CODE)
    # Nor does the next module's fixture find this test's entries (all in-memory caches of
    # one process share their store).
    cache.clear()

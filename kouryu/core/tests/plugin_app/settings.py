"""The project's settings with the test app added: the only settings edit an app needs."""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "kouryu.core.tests.plugin_app"]  # noqa: F405
ROOT_URLCONF = "kouryu.core.tests.plugin_app.project_urls"

# Served from the app folders, as in the other tests (production names need collectstatic).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

"""Deployment checks of our own, shown by `manage.py check --deploy`."""

from django.conf import settings
from django.core import checks

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


@checks.register(checks.Tags.security, deploy=True)
def mail_goes_out(app_configs, **kwargs):
    """Mail that would be refused, or that would link to a development address."""
    # Django itself reports a console or other development mail backend (mail.E001).
    found = []
    if settings.DEFAULT_FROM_EMAIL.endswith("@localhost"):
        found.append(
            checks.Warning(
                "DEFAULT_FROM_EMAIL is a localhost address; mail servers will refuse it.",
                hint="Set DEFAULT_FROM_EMAIL to the office's sending address.",
                id="kouryu.W002",
            )
        )
    if settings.WAGTAILADMIN_BASE_URL.rstrip("/") == DEFAULT_BASE_URL:
        found.append(
            checks.Warning(
                "KOURYU_BASE_URL is not set: links in emails would point to a development address.",
                hint="Set KOURYU_BASE_URL to the site's public address, e.g. https://kouryu.example.",
                id="kouryu.W003",
            )
        )
    return found

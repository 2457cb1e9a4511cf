"""Deployment checks of our own, shown by `manage.py check --deploy`."""

from django.conf import settings
from django.core import checks
from django.db import DatabaseError

DEFAULT_BASE_URL = "http://127.0.0.1:8000"

# Hosts that only a development machine answers to, and the names reserved for examples
# (RFC 2606, RFC 6761): a site under one of them has links nobody else can follow.
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"}
DEVELOPMENT_HOSTS = {*LOCAL_HOSTS, "example"}
DEVELOPMENT_SUFFIXES = (".localhost", ".example", ".test", ".invalid")
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")


def is_local_host(hostname: str) -> bool:
    """This machine itself (the development server, on whatever port it runs)."""
    host = hostname.strip().rstrip(".").lower()
    return host in LOCAL_HOSTS or host.endswith(".localhost")


def is_development_host(hostname: str) -> bool:
    host = hostname.strip().rstrip(".").lower()
    return (
        is_local_host(host)
        or host in DEVELOPMENT_HOSTS
        or host.endswith(DEVELOPMENT_SUFFIXES)
        or any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)
    )


def default_site_hostname() -> str | None:
    """The default Wagtail Site's hostname; None without one or before migrations ran."""
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).only("hostname").first()
    except DatabaseError:  # not migrated yet (or no database): nothing to say
        return None
    return site.hostname if site is not None else None


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
    hostname = default_site_hostname()
    if hostname is not None and is_development_host(hostname):
        # Links in emails, the sitemap, feeds and alternate-language links are built from
        # the default Site's root (kouryu.core.mail.site_root_url, Wagtail's full_url).
        found.append(
            checks.Warning(
                f"The default Wagtail Site's hostname is {hostname!r}, a development address: "
                "links in emails, feeds and the sitemap would point to it.",
                hint=(
                    "In the admin (Settings → Sites), give the default site the public "
                    "hostname (that of KOURYU_BASE_URL) and port 443."
                ),
                id="kouryu.W003",
            )
        )
    return found

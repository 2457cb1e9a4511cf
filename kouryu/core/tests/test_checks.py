"""`check --deploy`: mail that would link to a development address (kouryu.W003)."""

import pytest
from django.db import OperationalError
from wagtail.models import Site

from kouryu.core.checks import is_development_host, mail_goes_out

PUBLIC = "https://kouryu.clair-beijing.org.cn"


def warnings(settings, base_url=PUBLIC):
    settings.WAGTAILADMIN_BASE_URL = base_url
    settings.DEFAULT_FROM_EMAIL = "office@clair-beijing.org.cn"
    return [w for w in mail_goes_out(None) if w.id == "kouryu.W003"]


def default_site(hostname: str, port: int = 443) -> Site:
    site = Site.objects.get(is_default_site=True) if Site.objects.exists() else None
    if site is None:
        from wagtail.models import Page

        return Site.objects.create(
            hostname=hostname, port=port, root_page=Page.get_first_root_node(), is_default_site=True
        )
    site.hostname, site.port = hostname, port
    site.save()
    return site


@pytest.mark.parametrize(
    "hostname",
    [
        "localhost",
        "127.0.0.1",
        "kouryu.localhost",
        "example",
        "example.com",
        "www.example.org",
        "kouryu.example",
        "LOCALHOST",
    ],
)
def test_a_default_site_on_a_development_host_is_reported(db, settings, hostname):
    default_site(hostname, 80)
    found = warnings(settings)
    assert len(found) == 1
    assert repr(hostname) in found[0].msg and "Sites" in found[0].hint


@pytest.mark.parametrize("hostname", ["kouryu.clair-beijing.org.cn", "www.clair.org.cn"])
def test_a_public_default_site_passes(db, settings, hostname):
    default_site(hostname)
    assert warnings(settings) == []


def test_both_addresses_are_reported_when_both_are_development_ones(db, settings):
    default_site("localhost", 80)
    found = warnings(settings, base_url="http://127.0.0.1:8000")
    assert len(found) == 2
    assert any("KOURYU_BASE_URL" in w.msg for w in found)
    assert any("Wagtail Site" in w.msg for w in found)


def test_without_a_default_site_only_the_base_url_counts(db, settings):
    Site.objects.all().delete()
    assert warnings(settings) == []


def test_a_database_not_migrated_yet_does_not_break_the_check(db, settings, monkeypatch):
    def not_migrated(*args, **kwargs):
        raise OperationalError("no such table: wagtailcore_site")

    monkeypatch.setattr(Site.objects, "filter", not_migrated)
    assert warnings(settings) == []


def test_development_hosts():
    assert is_development_host("app.localhost.") and is_development_host("")
    assert not is_development_host("localhost.clair.org.cn")
    assert not is_development_host("examples.com")

"""The registry other apps use to make their content searchable, and its text helpers."""

import datetime

import pytest
from django.utils import timezone

from kouryu.search import registry
from kouryu.search.registry import (
    RegistryError,
    as_datetime,
    html_to_text,
    page_search_text,
)
from kouryu.website.models import StandardPage


def test_html_to_text_keeps_blocks_apart_and_drops_markup():
    html = (
        "<h2>活動支援</h2><p>中国での訪問&amp;会議</p><ul><li>一</li><li>二</li></ul>"
        "<script>alert(1)</script><p>Kobe<br>Tianjin</p>"
    )
    assert html_to_text(html) == "活動支援\n中国での訪問&会議\n一\n二\nKobe\nTianjin"


def test_a_kind_needs_a_label():
    with pytest.raises(RegistryError):
        registry.register(StandardPage, kind="brochure", extract=lambda page: None)


def test_kinds_lists_only_kinds_in_use():
    assert set(registry.kinds()) == {r.kind for r in registry.registrations()}
    assert "page" in registry.kinds()


def test_dates_become_midnight_in_the_site_time_zone():
    moment = as_datetime(datetime.date(2019, 4, 1))
    assert timezone.is_aware(moment) and timezone.localtime(moment).hour == 0
    assert as_datetime(None) is None


@pytest.mark.django_db
def test_page_search_text_reads_search_fields_without_html():
    page = StandardPage.objects.get(locale__language_code="ja", slug="contact")
    text = page_search_text(page)
    assert "<" not in text
    assert text.splitlines()[0] == page.intro
    assert "活動支援" in text.splitlines()

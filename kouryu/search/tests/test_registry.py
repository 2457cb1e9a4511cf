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


def test_kinds_are_listed_in_their_order_once_a_type_uses_them():
    from kouryu.places.models import Country

    registry.register_kind("bulletin", "Bulletins", order=15)
    assert "bulletin" not in registry.kinds()  # declared, but no type uses it
    registry.register(Country, kind="bulletin", extract=lambda country: None)
    try:
        kinds = list(registry.kinds())
        assert kinds.index("page") < kinds.index("bulletin") < kinds.index("news")
        assert registry.kind_label("bulletin") == "Bulletins"
    finally:
        registry.unregister(Country)
    assert "bulletin" not in registry.kinds()


def test_dates_become_midnight_in_the_site_time_zone():
    moment = as_datetime(datetime.date(2019, 4, 1))
    assert timezone.is_aware(moment) and timezone.localtime(moment).hour == 0
    assert as_datetime(None) is None


@pytest.mark.django_db
def test_page_search_text_reads_search_fields_without_html(publish_page):
    page = publish_page(
        title="お問い合わせ",
        intro="ご質問はこちらからどうぞ。",
        body="<h2>活動支援</h2><p>自治体の<strong>訪問</strong>をお手伝いします。</p>",
    )
    text = page_search_text(page)
    assert "<" not in text
    assert text.splitlines()[0] == page.intro
    assert "活動支援" in text.splitlines()
    assert "自治体の訪問をお手伝いします。" in text.splitlines()

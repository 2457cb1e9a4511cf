"""The demo's news and reports (the demo content itself)."""

import pytest
from wagtail.models import Locale

from kouryu.publishing.models import NewsPage, ReportPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_demo_has_news_and_two_reports_in_three_languages():
    from kouryu.publishing.demo import content

    for code in ("ja", "zh-hans", "en"):
        locale = Locale.objects.get(language_code=code)
        assert NewsPage.objects.live().filter(locale=locale).count() == len(content.NEWS)
        assert ReportPage.objects.live().filter(locale=locale).count() == 2

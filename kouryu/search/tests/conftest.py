"""Helpers for the search tests: publishing pages the way editors do, on the demo site."""

import pytest
from wagtail.models import Locale

from kouryu.website.models import HomePage, StandardPage


@pytest.fixture
def home_ja():
    return HomePage.objects.get(locale=Locale.objects.get(language_code="ja"))


@pytest.fixture
def publish_page(home_ja):
    """Create a StandardPage under a parent (the Japanese home page by default) and publish it."""

    created = []

    def publish(*, title, body, intro="", slug=None, parent=None, live=True):
        page = StandardPage(
            title=title,
            intro=intro,
            body=body,
            slug=slug or f"search-test-{len(created)}",
            live=live,
        )
        created.append(page)
        (parent or home_ja).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return StandardPage.objects.get(pk=page.pk)

    return publish

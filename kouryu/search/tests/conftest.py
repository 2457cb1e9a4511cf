"""Helpers for the search tests: the site they query, and publishing pages as editors do."""

import pytest

from kouryu.core.tests.transactions import rolled_back
from kouryu.website.models import StandardPage


@pytest.fixture(scope="module")
def search_site(django_db_setup, django_db_blocker):
    """The pages the search tests query (search.tests.factories.search_site), built once
    for a module and rolled back after it."""
    from kouryu.search.tests.factories import search_site as search_site_create

    with rolled_back(django_db_blocker):
        yield search_site_create()


@pytest.fixture
def search_pages(db):
    """The same pages, for one test of a module that does not use search_site."""
    from kouryu.search.tests.factories import search_site as search_site_create

    return search_site_create()


@pytest.fixture
def home_ja(request):
    """The Japanese home page: the search site's where the test uses it, otherwise the one
    the ``homes`` fixture makes."""
    for name in ("search_site", "search_pages"):
        if name in request.fixturenames:
            return request.getfixturevalue(name)["home"]["ja"]
    return request.getfixturevalue("homes")["ja"]


@pytest.fixture
def publish_page(request):
    """Create a StandardPage under a parent (the Japanese home page by default) and publish it
    through a revision, as an editor does."""

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
        (parent or request.getfixturevalue("home_ja")).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return StandardPage.objects.get(pk=page.pk)

    return publish

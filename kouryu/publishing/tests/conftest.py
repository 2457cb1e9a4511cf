"""Fixtures for the publishing tests: the site with its news, built once per module."""

import pytest

from kouryu.core.tests.transactions import rolled_back


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    """Every page type of the website (website.tests.factories.site_pages) with both article
    indexes, categories, two news items and two reports in three languages
    (publishing.tests.factories.newsroom); rolled back after the module."""
    from kouryu.publishing.tests.factories import newsroom as newsroom_create
    from kouryu.website.tests.factories import site_pages

    with rolled_back(django_db_blocker):
        pages = site_pages()
        room = newsroom_create(pages["home"])
        room.pages = pages
        yield room

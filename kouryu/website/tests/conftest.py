"""Fixtures for the website's tests: the whole site, built once per module from factories."""

import pytest

from kouryu.core.tests.transactions import rolled_back


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """Every page type in three languages (factories.site_pages), rolled back after the module."""
    from kouryu.website.tests.factories import site_pages

    with rolled_back(django_db_blocker):
        yield site_pages()

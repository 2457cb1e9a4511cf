"""Fixtures for the registry's tests: a compact registry, built once per module."""

import pytest

from kouryu.core.tests.transactions import rolled_back


@pytest.fixture(scope="module")
def registry(django_db_setup, django_db_blocker):
    """The records of factories.registry(), the office whose partner country (China) the
    registry describes, and the official total beside them; rolled back after the module."""
    from kouryu.offices.tests.factories import PublishedFigureFactory, ThisOfficeFactory
    from kouryu.partnerships.tests.factories import registry

    with rolled_back(django_db_blocker):
        ThisOfficeFactory()
        PublishedFigureFactory(
            key="jp-cn-partnerships", label="友好都市提携数", value=368, is_partnership_total=True
        )
        yield registry()


@pytest.fixture
def kobe_tianjin(db):
    """Kobe–Tianjin with its two sources, alone in the registry."""
    from kouryu.partnerships.tests.factories import kobe_tianjin

    return kobe_tianjin()

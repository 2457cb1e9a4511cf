"""The gazetteer, loaded once per test session from the shipped CSVs."""

import pytest

from kouryu.places.models import Place
from kouryu.places.services import places_load


@pytest.fixture(scope="session")
def _gazetteer_loaded(django_db_setup, django_db_blocker):
    # Reference data, like the demo site: loaded outside the per-test transactions,
    # so every test sees it and rolls back only its own changes.
    with django_db_blocker.unblock():
        places_load(only_if_empty=True)


@pytest.fixture
def gazetteer(_gazetteer_loaded, db):
    # A transactional test elsewhere in the session may have flushed the tables.
    if not Place.objects.filter(country__code="JP").exists():
        places_load()

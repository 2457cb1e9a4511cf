"""Query budgets of the registry's statistics and place pages (after the caches are warm).

Each budget is the count measured today (the same on SQLite and PostgreSQL): a change that
adds a query per item, or per snippet shown, breaks it. The performance issue lowers them.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kouryu.places.tests.factories import gazetteer_place

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache", "registry")]


def pages() -> dict[str, int]:
    kobe = gazetteer_place("281000")
    hyogo = gazetteer_place("280003")
    return {
        "/ja/registry/statistics/": 24,
        "/en/registry/statistics/": 28,
        f"/ja/registry/places/{kobe.pk}/": 11,
        f"/zh-hans/registry/places/{hyogo.pk}/": 14,
    }


def test_statistics_and_place_pages_stay_within_their_query_budgets(client):
    over = {}
    for path, budget in pages().items():
        assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        if len(queries) > budget:
            over[path] = len(queries)
    assert over == {}

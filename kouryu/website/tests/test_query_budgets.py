"""Query budgets of the site's own public pages (after the site caches are warm).

Each budget is the count measured today (the same on SQLite and PostgreSQL): a change that
adds a query per item, or per snippet shown, breaks it. The performance issue lowers them.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache", "site")]

BUDGETS = {"/ja/": 36, "/ja/staff/": 32, "/zh-hans/staff/": 38, "/en/overview/": 42}


@pytest.mark.parametrize(("path", "budget"), BUDGETS.items())
def test_pages_stay_within_their_query_budget(client, path, budget):
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert len(queries) <= budget, [q["sql"][:120] for q in queries]

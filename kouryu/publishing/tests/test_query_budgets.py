"""Query budgets of the public lists of news and reports (after the site caches are warm).

Each budget is the count measured today (the same on SQLite and PostgreSQL): a change that
adds a query per item, or per snippet shown, breaks it. The performance issue lowers them.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache", "newsroom")]

# Measured on this data; a change that makes a list query per article breaks them.
BUDGETS = {"/ja/news/": 33, "/zh-hans/news/": 37, "/en/reports/": 37}


@pytest.mark.parametrize(("path", "budget"), BUDGETS.items())
def test_article_lists_stay_within_their_query_budget(client, path, budget):
    assert client.get(path).status_code == 200  # fills the per-process site caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    assert len(queries) <= budget, [q["sql"][:120] for q in queries]

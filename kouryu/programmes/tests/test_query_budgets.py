"""Query budgets of the public pages (after the caches are warm): a query per record or per
person would break them. The counts are today's, the same on SQLite and PostgreSQL."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kouryu.programmes.tests.factories import TIANJIN_OFFICER, dispatch, person, training

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

# Of these, 8 (index) and 11 (year) are the site frame's: office, organisation, locales.
BUDGETS = {"/ja/programmes/": 10, "/en/programmes/2019/": 15, "/zh-hans/programmes/2019/": 15}


def test_the_pages_stay_within_their_budgets_whatever_the_number_of_records(client):
    for n in range(6):
        dispatch(
            starts_on=datetime.date(2019, 1 + n, 1),
            ends_on=None,
            people=[person(consent=n % 2 == 0), person(TIANJIN_OFFICER)],
        )
        training(starts_on=datetime.date(2019 - n, 6, 1))
    over = {}
    for path, budget in BUDGETS.items():
        assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        if len(queries) > budget:
            over[path] = len(queries)
    assert over == {}

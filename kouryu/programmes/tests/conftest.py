"""Fixtures for the programme records' tests."""

import io

import pytest

from kouryu.core.tests.transactions import rolled_back


@pytest.fixture(scope="module")
def programmes_demo(demo, django_db_blocker):
    """The demo site (the ``demo`` fixture) with this app's DEMO hook run on top of it.

    Not in core.tests.demo.DEMO_APPS: other apps' demo tests count what the demo indexes,
    and the records are no part of what they check.
    """
    from kouryu.core import hooks

    with rolled_back(django_db_blocker):
        out = io.StringIO()
        hooks.run_demo(out, apps={"programmes"})
        assert "Demo programme records loaded: 7." in out.getvalue()
        yield

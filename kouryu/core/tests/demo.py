"""The demo content as the demo tests load it."""

import io

from kouryu.core import hooks

# The demo's parts that the demo tests read: the office's data, the pages and the news. The
# registry's seed (a minute to load) is tested with its own data, and in the browser tests.
DEMO_APPS = {"offices", "website", "publishing", "kouryu_search", "core"}


def demo_load(out=None) -> None:
    hooks.run_demo(out or io.StringIO(), apps=DEMO_APPS)

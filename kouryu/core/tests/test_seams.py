"""The seams hold: an app added to INSTALLED_APPS and the URLs, and nowhere else, plugs in.

The test app (plugin_app) registers a menu entry, a sitemap section, a search kind and a
group permission from its own modules; a fresh process with only those two edits (its
settings.py and project_urls.py) shows it in each.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.django_db
def test_an_app_plugs_in_with_only_installed_apps_and_urls(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_DEBUG")},
        "DJANGO_SETTINGS_MODULE": "kouryu.core.tests.plugin_app.settings",
        "DJANGO_SECRET_KEY": "test-only",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "TASKS_URL": "immediate://",
        "CACHE_URL": "locmemcache://",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
    }
    result = subprocess.run(
        [sys.executable, "-m", "kouryu.core.tests.plugin_app.check"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["nav"], "the app's menu entry is in the public navigation"
    assert shown["sitemap"], "the app's section is in sitemap.xml"
    assert shown["search_kind"], "the app's kind is in the search"
    assert shown["search_hit"] == [["Annual notice", "/en/notices/", "notice"]]
    assert shown["permission"] == ["add_notice", "change_notice", "view_notice"]

"""Run in a fresh process with the test app's settings: print where the app shows up."""

import json

import django

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("migrate", verbosity=0)
# The staff groups, as setup_site makes them (its other seeds, the gazetteer, take long).
from kouryu.core.permissions import groups_ensure  # noqa: E402

groups_ensure()

from kouryu.core.tests.plugin_app.models import Notice  # noqa: E402
from kouryu.search import registry, selectors  # noqa: E402

Notice.objects.create(title="Annual notice", text="A notice about the plugin seams")
client = Client(HTTP_HOST="localhost")
response = client.get("/en/notices/")
page = response.content.decode()
sitemap = client.get("/sitemap.xml").content.decode()
hits = selectors.search("plugin seams", language="en").hits
staff = Group.objects.get(name="職員")
print(
    json.dumps(
        {
            "nav": 'href="/en/notices/"' in page,
            "status": response.status_code,
            "sitemap": "sitemap-notices.xml" in sitemap,
            "search_kind": "notice" in registry.kinds(),
            "search_hit": [(h.title, h.url, h.kind) for h in hits],
            "permission": sorted(
                staff.permissions.filter(content_type__app_label="plugin_app").values_list(
                    "codename", flat=True
                )
            ),
        }
    )
)

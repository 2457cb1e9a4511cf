"""Query budgets of every public page type, in three languages, rendered afresh (as for a
first hit or a logged-in visitor: the page cache is off), after one request has warmed the
site's caches. Each budget is the count measured when it was set; a page that adds a query
per item, per snippet or per language breaks it.
"""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from kouryu.core import pagecache, requestcache
from kouryu.core.i18n import locale_active

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

LANGUAGES = ("ja", "zh-hans", "en")
# Per page: the budget in Japanese (the default language), then in Chinese and English,
# which read the original where a snippet has no translation (one query more each).
BUDGETS = {
    "home": (12, 13),
    "overview": (12, 13),
    "staff": (11, 12),
    "figures": (10, 11),
    "news index": (13, 14),
    "news item": (14, 15),
    "report": (14, 15),
    "registry": (3, 3),
    "partnership": (3, 3),
    "place": (3, 3),
    "statistics": (4, 4),
    "events": (11, 12),
    "event": (14, 15),
}


@pytest.fixture
def site(db):
    from kouryu.events.tests.factories import event_make, index_pages
    from kouryu.partnerships.tests.factories import PartnershipFactory
    from kouryu.publishing.tests.factories import newsroom
    from kouryu.website.tests.factories import site_pages

    pages = site_pages()
    partnership = PartnershipFactory()
    room = newsroom(pages["home"])
    events = event_make(index_pages(pages["home"]))
    news, report = next(iter(room.news.values())), next(iter(room.reports.values()))
    return {
        lang: {
            "home": f"/{lang}/",
            "overview": f"/{lang}/overview/",
            "staff": f"/{lang}/staff/",
            "figures": f"/{lang}/figures/",
            "news index": f"/{lang}/news/",
            "news item": news[lang].url,
            "report": report[lang].url,
            "registry": f"/{lang}/registry/",
            "partnership": f"/{lang}/registry/{partnership.pk}/",
            "place": f"/{lang}/registry/places/{partnership.partner_id}/",
            "statistics": f"/{lang}/registry/statistics/",
            "events": f"/{lang}/events/",
            "event": events[lang].url,
        }
        for lang in LANGUAGES
    }


def test_every_page_stays_within_its_query_budget_in_every_language(client, site):
    over = []
    for lang, urls in site.items():
        for name, url in urls.items():
            assert client.get(url).status_code == 200, url
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            budget = BUDGETS[name][0 if lang == "ja" else 1]
            if len(queries) > budget:
                over.append(f"{url}: {len(queries)} queries, budget {budget}")
    assert not over, over


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_site_frame_costs_one_query_once_its_parts_are_shared(site, lang):
    """The header and footer, in one request: the parts shared by every page (menu, home,
    office, logo, footer pages) come from the shared cache for the generation, and only
    this page's language links are read. The first page of a new generation reads the
    parts again: at most six queries."""
    from wagtail.models import Page, Site

    page = Page.objects.get(url_path__endswith="/overview/", locale__language_code=lang).specific
    request = RequestFactory().get(site[lang]["overview"])
    template = Template("{% load website_tags %}{% site_frame as frame %}{{ frame.menu|length }}")

    def render():
        with requestcache.scope(), translation.override(lang):
            # What Wagtail's routing and every page have read before the frame.
            Site.find_for_request(request)
            locale_active()
            with CaptureQueriesContext(connection) as queries:
                menu = template.render(Context({"request": request, "page": page}))
        return int(menu), len(queries)

    render()  # the events link and Wagtail's site roots, cached apart from the generation
    pagecache.changed()
    menu, cold = render()
    assert menu >= 4  # overview, figures, greeting, staff, contact
    assert cold <= 6
    assert render() == (menu, 1)  # this page's translations and the home page's

"""Query budgets of every public page type, in three languages, rendered afresh (as for a
first hit or a logged-in visitor: the page cache is off), after one request has warmed the
site's caches. Each budget is the count measured when it was set; a page that adds a query
per item, per snippet or per language breaks it.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

LANGUAGES = ("ja", "zh-hans", "en")
# Per page: the budget in Japanese (the default language), then in Chinese and English,
# which read the original where a snippet has no translation (one query more each).
BUDGETS = {
    "home": (18, 20),
    "overview": (15, 17),
    "staff": (14, 16),
    "figures": (13, 15),
    "news index": (16, 17),
    "news item": (18, 19),
    "report": (18, 19),
    "registry": (6, 6),
    "partnership": (3, 3),
    "place": (3, 3),
    "statistics": (15, 16),
    "events": (14, 15),
    "event": (26, 40),
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
def test_the_site_frame_costs_four_queries_once_its_parts_are_shared(site, lang):
    """The header and footer: its parts shared by every page (menu, office, logo, footer
    pages) come from the shared cache; only this page's language links are read."""
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/overview/", locale__language_code=lang)
    request = RequestFactory().get(site[lang]["overview"])
    template = Template("{% load website_tags %}{% site_frame as frame %}{{ frame.menu|length }}")

    def render():
        with translation.override(lang), CaptureQueriesContext(connection) as queries:
            menu = template.render(Context({"request": request, "page": page}))
        return int(menu), len(queries)

    cache.clear()
    menu, cold = render()
    assert menu >= 4  # overview, figures, greeting, staff, contact
    assert cold <= 19  # the first page of a generation reads them (site, locales, snippets)
    assert render() == (menu, 4)  # the site, and this page's translations

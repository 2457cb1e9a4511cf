"""Load the demo news and research reports (kouryu.publishing.demo.content) in every language."""

import datetime

from django.db import transaction
from wagtail.models import Site

from kouryu.core.translation import (
    CONTENT_KEYS,
    page_create_translated,
    pick,
    snippet_create_translated,
)
from kouryu.offices.demo.loader import demo_staff
from kouryu.publishing.demo import content
from kouryu.publishing.models import (
    Category,
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    tag_names_set,
)


@transaction.atomic
def publishing_demo_load() -> bool:
    """Create the news and report indexes under the site's home page, with their articles.

    False, and nothing done, if the site has no home page yet or already has news.
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page.depth < 2 or NewsIndexPage.objects.exists():
        return False
    homes = {
        page.locale.language_code: page
        for page in site.root_page.get_translations(inclusive=True).select_related("locale")
    }
    staff = demo_staff()
    categories = {
        item["slug"]: snippet_create_translated(model=Category, fields=item)
        for item in content.CATEGORIES
    }
    for section, index_model, article_model, articles in (
        ("news", NewsIndexPage, NewsPage, content.NEWS),
        ("reports", ReportIndexPage, ReportPage, content.REPORTS),
    ):
        spec = content.INDEXES[section]
        indexes = page_create_translated(
            parent=homes["ja"],
            page=index_model(slug=spec["slug"]),
            fields_by_language={
                code: {
                    "title": pick(spec["title"], code),
                    "intro": pick(spec["intro"], code),
                    "show_in_menus": True,
                }
                for code in CONTENT_KEYS
            },
        )
        for article in sorted(articles, key=lambda a: a["date"]):
            pages = page_create_translated(
                parent=indexes["ja"],
                page=article_model(slug=article["slug"]),
                fields_by_language={
                    code: {
                        "title": pick(article["title"], code),
                        "summary": pick(article["summary"], code),
                        "body": pick(article["body"], code),
                        "date": datetime.date.fromisoformat(article["date"]),
                        "category": categories[article["category"]][code],
                    }
                    for code in CONTENT_KEYS
                },
            )
            tags = article.get("tags", [])
            tag_names_set(tags)
            for code, page in pages.items():
                # Every language keeps the original's tags, as a translation would.
                page.tags.set([tag["ja"] for tag in tags])
                page.authors.set(
                    [staff[key][code] for key in article.get("authors", []) if key in staff]
                )
                page.save_revision().publish()
    return True

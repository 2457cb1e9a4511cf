"""Factories for the site's pages: a home page in every language, and pages under it."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from kouryu.core.translation import locales_ensure, page_create_translated
from kouryu.website.models import HomePage, StandardPage

HOME_TITLES = {"ja": "北京事務所", "zh-hans": "北京事务所", "en": "Beijing Office"}


def home_pages(*, titles: dict[str, str] | None = None) -> dict[str, HomePage]:
    """A published home page in each site language, made the site's root."""
    locales_ensure()
    titles = titles or HOME_TITLES
    homes = page_create_translated(
        parent=Page.get_first_root_node(),
        page=HomePage(slug="home"),
        fields_by_language={
            code: {"title": title, "lead": f"{title}の紹介。"} for code, title in titles.items()
        },
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = homes["ja"]
    site.save()
    Site.clear_site_root_paths_cache()
    return {code: HomePage.objects.get(pk=page.pk) for code, page in homes.items()}


def translated_pages(*, parent_by_language: dict, page, fields_by_language: dict) -> dict:
    """A page published in every language given, its translations under the parent's."""
    default = next(iter(parent_by_language))
    return page_create_translated(
        parent=parent_by_language[default], page=page, fields_by_language=fields_by_language
    )


class StandardPageFactory(wagtail_factories.PageFactory):
    """A page of text under ``parent`` (Japanese by default); published unless live=False."""

    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"ページ{n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    intro = ""
    body = "<p>本文</p>"

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False and page.live:
            page.save_revision().publish()

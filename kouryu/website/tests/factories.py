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
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a "Welcome" page (slug "home"); this home page replaces it.
    for page in root.get_children():
        if page.specific_class is Page:
            page.delete()
    root.refresh_from_db()
    homes = page_create_translated(
        parent=root,
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
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"ページ{n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    intro = ""
    body = "<p>本文</p>"

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False and page.live:
            page.save_revision().publish()


def site_pages() -> dict[str, dict[str, Page]]:
    """Every page type of the website, published in three languages, with the office
    data they show: the home page and overview, figures, greeting, staff and contact.

    Keyed by slug ("home" for the home page), then by language.
    """
    from kouryu.offices.tests.factories import (
        OrganisationFactory,
        PublishedFigureFactory,
        SecondingBodyFactory,
        StaffMemberFactory,
        ThisOfficeFactory,
        WorkAreaFactory,
        translate,
    )
    from kouryu.website.models import (
        FiguresPage,
        GreetingPage,
        OverviewPage,
        StaffDirectoryPage,
    )

    homes = home_pages()
    organisation = OrganisationFactory()
    translate(organisation, "zh-hans", name="日本自治体国际化协会")
    translate(organisation, "en", name="Council of Local Authorities for International Relations")
    office = ThisOfficeFactory()
    translate(office, "zh-hans", name="北京事务所")
    translate(office, "en", name="Beijing Office")
    WorkAreaFactory(title="日中交流の支援")
    PublishedFigureFactory(label="友好都市提携数", value=368)
    body = SecondingBodyFactory()
    director = StaffMemberFactory(family_name="宮本", given_name="貴章", role="所長", sort_order=0)
    translate(director, "zh-hans", family_name="宫本", given_name="贵章", role="所长")
    translate(director, "en", family_name="Miyamoto", given_name="Takaaki", role="Director")
    StaffMemberFactory(
        family_name="堀池", given_name="美江", role="次長", seconding_body=body, sort_order=1
    )
    pages: dict[str, dict[str, Page]] = {"home": dict(homes)}
    specs = [
        ("overview", OverviewPage, {"ja": "事務所概要", "zh-hans": "事务所概况", "en": "About us"}),
        ("figures", FiguresPage, {"ja": "数字で見る", "zh-hans": "数字看交流", "en": "Figures"}),
        ("greeting", GreetingPage, {"ja": "所長あいさつ", "zh-hans": "所长致辞", "en": "Greeting"}),
        ("staff", StaffDirectoryPage, {"ja": "職員紹介", "zh-hans": "职员介绍", "en": "Staff"}),
        ("contact", StandardPage, {"ja": "お問い合わせ", "zh-hans": "联系我们", "en": "Contact"}),
    ]
    for slug, model, titles in specs:
        extra = {"body": "<p>本文</p>"} if model in (GreetingPage, StandardPage) else {}
        pages[slug] = page_create_translated(
            parent=homes["ja"],
            page=model(slug=slug),
            fields_by_language={
                code: {"title": title, "show_in_menus": True, **extra}
                for code, title in titles.items()
            },
        )
    return pages

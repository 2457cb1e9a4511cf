"""Template tags for the site frame: navigation, language switcher and alternates."""

from django import template
from wagtail.models import Page, Site

from kouryu.core.i18n import bcp47, language_links
from kouryu.offices import selectors

register = template.Library()


@register.filter
def html_lang(code: str) -> str:
    return bcp47(code or "ja")


@register.simple_tag(takes_context=True)
def site_frame(context):
    """Everything the header and footer need, computed once per page."""
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    site = Site.find_for_request(request) if request else None
    home = site.root_page.localized if site else None
    menu = list(home.get_children().live().in_menu().specific()) if home else []
    return {
        "home": home,
        "menu": menu,
        "languages": language_links(request, page) if request else [],
        "office": selectors.this_office(),
        "organisation": selectors.organisation(),
    }

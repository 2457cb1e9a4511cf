"""Template tags for the site frame: navigation, language switcher and alternates."""

from django import template
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page, Site

from kouryu.core import hooks, pagecache
from kouryu.core.i18n import bcp47, language_links, localized
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
    path = request.path if request else ""
    nav = [
        {"label": item.label, "url": item.url, "current": item.is_current(path)}
        for item in hooks.nav_items()
        if item.url
    ]
    return {
        **_shared_parts(site),
        "og": _open_graph(request, page, context),
        "year": timezone.localdate().year,
        "nav": nav,
        "languages": language_links(request, page) if request else [],
    }


def _shared_parts(site) -> dict:
    """The parts of the frame that are the same on every page of a site in one language:
    kept in the shared cache for the page cache's generation, so that any change of them
    (a page, a snippet, the settings) is read afresh on the next request."""
    return pagecache.kept_for_generation(
        f"frame:{site.pk if site else 0}:{get_language()}", lambda: _parts_read(site)
    )


def _parts_read(site) -> dict:
    home = localized(site.root_page) if site else None
    identity = _identity(site)
    return {
        "home": home,
        # Titles and addresses only: the plain pages serve (no query per page type).
        "menu": list(home.get_children().live().in_menu()) if home else [],
        "identity": identity,
        "footer_pages": _footer_pages(identity),
        "office": selectors.this_office(),
        "organisation": selectors.organisation(),
    }


def _identity(site):
    from kouryu.website.models import SiteIdentity

    if site is None:
        return None
    return (
        SiteIdentity.objects.select_related("logo", "privacy_page", "accessibility_page")
        .filter(site=site)
        .first()
    )


def _footer_pages(identity) -> list[dict]:
    """The privacy policy and the accessibility statement, in the reader's language (the
    settings may name the original): only those live in this language."""
    if identity is None:
        return []
    chosen = [
        (identity.privacy_page, "privacy"),
        (identity.accessibility_page, "accessibility"),
    ]
    keys = {page.translation_key for page, _role in chosen if page is not None}
    if not keys:
        return []
    here = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale__language_code=get_language())
    }
    found = []
    for chosen_page, role in chosen:
        page = here.get(chosen_page.translation_key) if chosen_page is not None else None
        if page is not None:
            found.append({"role": role, "title": page.title, "url": page.url})
    return found


OG_LOCALES = {"ja": "ja_JP", "zh-hans": "zh_CN", "en": "en_US"}


def _open_graph(request, page, context) -> dict:
    """Open Graph metadata: title, description, type, URL and locales of the page shown."""
    if request is None:
        return {}
    language = get_language() or "ja"
    # Views that are not Wagtail pages give theirs in the context (meta_description).
    description = str(context.get("meta_description", "") or "")
    if page is not None:
        specific = page.specific if hasattr(page, "specific") else page
        for name in ("search_description", "summary", "lead", "intro"):
            value = getattr(specific, name, "") or ""
            if value:
                description = strip_tags(str(value))
                break
    return {
        "title": (page.seo_title or page.title)
        if page is not None
        else context.get("og_title", ""),
        "description": Truncator(" ".join(description.split())).chars(200),
        "type": "article" if page is not None and hasattr(page.specific, "summary") else "website",
        "url": request.build_absolute_uri(),
        "locale": OG_LOCALES.get(language, language),
        "alternates": [v for k, v in OG_LOCALES.items() if k != language],
    }

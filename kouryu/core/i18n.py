"""Language codes as Django, HTML and hreflang spell them, and links to the same page in other languages."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from kouryu.core.requestcache import memo


def locale_for(code: str) -> Locale:
    """The Wagtail locale of a language code (as Locale.objects.get_for_language finds it).

    The site's few locales are read in one query, once per request."""
    try:
        return _locales()[get_supported_content_language_variant(code)]
    except KeyError:
        raise Locale.DoesNotExist(f"No locale for {code!r}") from None


def locale_of(obj) -> Locale:
    """The locale of a translatable object (a page, a snippet), without a query of its own."""
    for locale in _locales().values():
        if locale.pk == obj.locale_id:
            return locale
    return obj.locale


def _locales() -> dict[str, Locale]:
    """The site's few locales by language code, read in one query once per request."""
    return memo(("locales",), lambda: {row.language_code: row for row in Locale.objects.all()})


def locale_active() -> Locale:
    """The locale of the language being shown (Locale.get_active, once per request)."""
    try:
        return locale_for(get_language())
    except (Locale.DoesNotExist, LookupError):
        return locale_default()


def locale_default() -> Locale:
    """The site's default locale (Locale.get_default, once per request)."""
    return locale_for(settings.LANGUAGE_CODE)


def localized[T](obj: T) -> T:
    """``obj.localized`` with the locale read once per request: the live translation in the
    language being shown, else the object itself."""
    return localized_all([obj])[0]


def localized_all[T](objs: list[T]) -> list[T]:
    """Each object's translation in the language being shown (live, for pages; a page's
    translation as a plain Page), else the object itself: one query for all of them, none
    when they are already in it."""
    try:
        locale = locale_active()
    except (LookupError, Locale.DoesNotExist):
        return list(objs)
    items: list[Any] = list(objs)  # translatable models: they have locale_id and translation_key
    away = [obj for obj in items if obj is not None and obj.locale_id != locale.pk]
    if not away:
        return list(objs)
    # Pages of several types are read as plain pages (titles and addresses).
    model: Any = Page if isinstance(away[0], Page) else type(away[0])
    found = model.objects.filter(
        translation_key__in={obj.translation_key for obj in away}, locale=locale
    )
    if hasattr(model, "live"):
        found = found.filter(live=True)
    by_key = {row.translation_key: row for row in found}
    return [
        by_key.get(obj.translation_key, obj) if obj is not None and obj in away else obj
        for obj in items
    ]


def bcp47(code: str) -> str:
    """'zh-hans' -> 'zh-Hans', as HTML lang and hreflang attributes expect."""
    parts = code.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.title() if len(part) == 4 else part.upper() if len(part) == 2 else part)
    return "-".join(out)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the page has no version in that language

    @property
    def html_lang(self) -> str:
        return bcp47(self.code)


def language_links(request, page=None) -> list[LanguageLink]:
    """For each site language, the URL of this page in that language.

    A Wagtail page links to its own translations; a page without a translation in a
    language links to that language's home page instead, and says so. Other views
    translate their URL through the URLconf.
    """
    current = get_language()
    translations = {}
    homes = {}
    if page is not None:
        # One query: the live translations of this page and of the site's home page (the
        # site as Wagtail found it for the request, else the page's own).
        site = Site.find_for_request(request) or page.get_site()
        keys = Q(translation_key=page.translation_key)
        if site is not None:
            home_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
            keys |= Q(translation_key__in=home_key)
        rows = list(Page.objects.live().filter(keys).select_related("locale"))
        mine = [row for row in rows if row.translation_key == page.translation_key]
        is_home = site is not None and any(row.pk == site.root_page_id for row in mine)
        for row in rows:
            if row.translation_key == page.translation_key:
                translations[row.locale.language_code] = row
            if is_home or row.translation_key != page.translation_key:
                homes[row.locale.language_code] = row
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            target = translations.get(code)
            is_translation = target is not None
            target = target or homes.get(code)
            url = target.get_url(request) if target is not None else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
            is_translation = True
        links.append(LanguageLink(code, name, url, code == current, is_translation))
    return links


def in_language(*, ja: str, zh: str, en: str, language: str | None = None) -> str:
    """The text in the reader's language, else the first of the others that is not empty.

    For data kept in one column per language (place names, registry notes).
    """
    language = (language or get_language() or "ja").lower()
    if language.startswith("zh"):
        order = (zh, ja, en)
    elif language.startswith("en"):
        order = (en, ja, zh)
    else:
        order = (ja, zh, en)
    return next((text for text in order if text), "")

"""Language codes as Django, HTML and hreflang spell them, and links to the same page in other languages."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale

from kouryu.core.requestcache import memo


def locale_for(code: str) -> Locale:
    """The Wagtail locale of a language code, read once per request."""
    return memo(("locale", code), lambda: Locale.objects.get_for_language(code))


def locale_active() -> Locale:
    """The locale of the language being shown (Locale.get_active, once per request)."""
    try:
        return locale_for(get_language())
    except (Locale.DoesNotExist, LookupError):
        return locale_default()


def locale_default() -> Locale:
    """The site's default locale (Locale.get_default, once per request)."""
    return locale_for(settings.LANGUAGE_CODE)


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
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
        site = page.get_site()
        root = site.root_page if site else None
        if root is not None:
            for home in root.get_translations(inclusive=True).live().select_related("locale"):
                homes[home.locale.language_code] = home
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

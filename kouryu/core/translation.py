"""Creating translatable snippets and pages in every site language at once."""

import uuid
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import models, transaction
from wagtail.models import Locale, Page

# Keys that content files use for each site language.
CONTENT_KEYS = {"ja": "ja", "zh-hans": "zh", "en": "en"}


def locales_ensure() -> dict[str, Locale]:
    """One Locale per site language, keyed by language code."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def pick(value: Any, language_code: str) -> Any:
    """The value for a language if `value` is a {"ja": .., "zh": .., "en": ..} mapping."""
    if isinstance(value, Mapping) and "ja" in value:
        return value[CONTENT_KEYS[language_code]]
    return value


def localize_fields(fields: Mapping[str, Any], language_code: str) -> dict[str, Any]:
    out = {}
    for key, value in fields.items():
        if isinstance(value, list):
            out[key] = [pick(item, language_code) for item in value]
        else:
            out[key] = pick(value, language_code)
    return out


@transaction.atomic
def snippet_create_translated[M: models.Model](
    *, model: type[M], fields: Mapping[str, Any]
) -> dict[str, M]:
    """Create one row per site language sharing a translation key; fields may be per-language."""
    key = uuid.uuid4()
    rows = {}
    for code, locale in locales_ensure().items():
        row = model(translation_key=key, locale=locale, **localize_fields(fields, code))
        row.full_clean()
        row.save()
        rows[code] = row
    return rows


@transaction.atomic
def page_create_translated[P: Page](
    *, parent: Page, page: P, fields_by_language: Mapping[str, Mapping[str, Any]]
) -> dict[str, P]:
    """Publish `page` under `parent` in the default language, then its translations.

    `parent` must already exist in every language. Returns the pages by language code.
    """
    locales = locales_ensure()
    default = Locale.get_default()
    for name, value in fields_by_language[default.language_code].items():
        setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    pages = {default.language_code: page}
    for code, locale in locales.items():
        if code == default.language_code:
            continue
        translated = page.copy_for_translation(locale)
        for name, value in fields_by_language[code].items():
            setattr(translated, name, value)
        translated.save_revision().publish()
        pages[code] = translated.specific
    return pages

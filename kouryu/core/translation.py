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
    translations_link(rows[Locale.get_default().language_code])
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
    translations_link(page)
    return pages


def translations_link(instance: models.Model) -> int:
    """Make the other languages' copies of ``instance`` its synced translations
    (wagtail-localize), keeping the text each copy already has.

    Afterwards the admin offers *Sync translated snippets* (or pages) on the original: a
    changed number or date in the original reaches every language, and each language's
    text shows as translated, or as waiting for translation when the original changes.
    Returns how many strings were recorded as translated.
    """
    from collections import defaultdict

    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    source, _created = TranslationSource.update_or_create_from_instance(instance)
    segments = list(
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    recorded = 0
    for target in instance.get_translations():  # type: ignore[attr-defined]
        Translation.objects.get_or_create(
            source=source, target_locale=target.locale, defaults={"enabled": True}
        )
        # The copy's strings, by field path and by field, in order: the same fields as the
        # original's. StreamField paths carry block ids, which differ between copies made
        # separately, so a string is matched by its place within its field when its path
        # is not the original's.
        by_path: dict[str, list[str]] = defaultdict(list)
        by_field: dict[str, list[str]] = defaultdict(list)
        for value in extract_segments(target):
            if isinstance(value, StringSegmentValue):
                by_path[value.path].append(value.string.data)
                by_field[value.path.split(".")[0]].append(value.string.data)
        seen: dict[str, int] = defaultdict(int)
        seen_in_field: dict[str, int] = defaultdict(int)
        for segment in segments:
            path = segment.context.path
            field_name = path.split(".")[0]
            index, position = seen[path], seen_in_field[field_name]
            seen[path] += 1
            seen_in_field[field_name] += 1
            if index < len(by_path[path]):
                text = by_path[path][index]
            elif position < len(by_field[field_name]) and len(by_field[field_name]) == len(
                [s for s in segments if s.context.path.split(".")[0] == field_name]
            ):
                text = by_field[field_name][position]
            elif index == 0 and getattr(target, path, None) == "":
                text = ""  # the copy leaves this field empty on purpose (an English unit)
            else:
                continue
            StringTranslation.from_text(segment.string, target.locale, segment.context, text)
            recorded += 1
    return recorded


def translations_link_all() -> int:
    """Link every page and translatable snippet of the default language with its copies
    (translations_link), taking the texts as they stand: for content written in every
    language at once, as the demo is. Returns how many originals were linked."""
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    default = Locale.get_default()
    originals: list[models.Model] = [
        page.specific for page in Page.objects.filter(locale=default, depth__gt=1)
    ]
    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin):
            originals += list(model.objects.filter(locale=default))
    linked = 0
    for original in originals:
        if original.get_translations().exists():  # type: ignore[attr-defined]
            translations_link(original)
            linked += 1
    return linked

"""Reads for publishing: the translation status of pages and snippets, for the staff's report."""

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from kouryu.core.i18n import locale_active

MISSING, DRAFT, UNTRANSLATED, OUTDATED, CURRENT = (
    "missing",
    "draft",
    "untranslated",
    "outdated",
    "current",
)
STATUS_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft, not published"),
    UNTRANSLATED: _("Not fully translated"),
    OUTDATED: _("Out of date"),
    CURRENT: _("Up to date"),
}


@dataclass
class TranslationCell:
    status: str
    page: Any  # the translation (a page or a snippet), None when missing
    edit_url: str = ""
    untranslated: int = 0  # strings (fields, paragraphs) still waiting for translation
    total: int = 0

    @property
    def label(self) -> str:
        if self.status == UNTRANSLATED:
            return ngettext(
                "%(count)d of %(total)d texts untranslated",
                "%(count)d of %(total)d texts untranslated",
                self.untranslated,
            ) % {"count": self.untranslated, "total": self.total}
        return str(STATUS_LABELS[self.status])


@dataclass
class TranslationRow:
    source: Any
    cells: list[TranslationCell]
    title: str = ""
    kind: str = ""
    edit_url: str = ""

    @property
    def needs_work(self) -> bool:
        return any(cell.status != CURRENT for cell in self.cells)


def _other_locales() -> tuple[Locale, list[Locale]]:
    default = Locale.get_default()
    others = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
        if code != default.language_code
    ]
    return default, others


@dataclass
class Synced:
    """What wagtail-localize holds for a set of originals, read in four queries: each
    original's record (by translation key), its translations (by key and target locale),
    the texts taken from it (by record) and how many of them each translation has."""

    records: dict
    translations: dict
    texts: dict
    totals: dict
    done: dict

    def progress(self, translation) -> tuple[int, int]:
        source_id = translation.source_id
        return self.totals.get(source_id, 0), self.done.get(
            (source_id, translation.target_locale_id), 0
        )


def _synced(originals: list, default: Locale) -> Synced:
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    records = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=[o.translation_key for o in originals], locale=default
        )
    }
    translations = {
        (t.source.object_id, t.target_locale_id): t
        for t in Translation.objects.filter(
            source__in=records.values(), enabled=True
        ).select_related("source")
    }
    segments = list(
        StringSegment.objects.filter(source__in=records.values()).values_list(
            "source_id", "string_id", "context_id", "string__data"
        )
    )
    texts: dict = defaultdict(list)
    totals: dict = defaultdict(int)
    for source_id, _string, _context, data in segments:
        texts[source_id].append(data)
        totals[source_id] += 1
    translated = set(
        StringTranslation.objects.filter(
            translation_of_id__in={string for _s, string, _c, _d in segments},
            locale_id__in={t.target_locale_id for t in translations.values()},
            has_error=False,
        ).values_list("translation_of_id", "context_id", "locale_id")
    )
    done: dict = defaultdict(int)
    for translation in translations.values():
        for source_id, string, context, _data in segments:
            if source_id == translation.source_id and (
                (string, context, translation.target_locale_id) in translated
            ):
                done[(source_id, translation.target_locale_id)] += 1
    return Synced(records, translations, {k: sorted(v) for k, v in texts.items()}, totals, done)


def _progress_cell(synced: Synced, translation, target, edit_url: str) -> TranslationCell | None:
    """UNTRANSLATED when wagtail-localize still waits for strings of this translation."""
    if translation is None:
        return None
    total, done = synced.progress(translation)
    if done < total:
        return TranslationCell(
            UNTRANSLATED, target, edit_url, untranslated=total - done, total=total
        )
    return None


def _page_rows(model: type[Page], default: Locale, others: list[Locale]) -> list[TranslationRow]:
    sources = list(
        model.objects.filter(locale=default, depth__gt=1)
        .live()
        .order_by("path")
        .select_related("locale")
        .specific()  # the texts are read from each page's own fields
    )
    synced = _synced(sources, default)
    translations: dict = defaultdict(dict)
    for page in Page.objects.filter(
        translation_key__in=[p.translation_key for p in sources], locale__in=others
    ).only(
        "id",
        "title",
        "live",
        "last_published_at",
        "translation_key",
        "locale_id",
        "has_unpublished_changes",
    ):
        translations[page.translation_key][page.locale_id] = page
    rows = []
    for source in sources:
        record = synced.records.get(source.translation_key)
        changed = record is not None and _texts_changed(source, synced, record)
        cells = []
        for locale in others:
            page = translations[source.translation_key].get(locale.pk)
            translation = synced.translations.get((source.translation_key, locale.pk))
            edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else ""
            if page is None:
                cell = TranslationCell(MISSING, None)
            elif not page.live:
                cell = TranslationCell(DRAFT, page, edit_url)
            elif record is not None and translation is not None:
                # Synced: out of date when the original's texts changed since the last sync.
                cell = (
                    TranslationCell(OUTDATED, page, edit_url)
                    if changed
                    else _progress_cell(synced, translation, page, edit_url)
                    or TranslationCell(CURRENT, page, edit_url)
                )
            elif (
                source.last_published_at
                and page.last_published_at
                and page.last_published_at < source.last_published_at
            ):
                cell = TranslationCell(OUTDATED, page, edit_url)
            else:
                cell = TranslationCell(CURRENT, page, edit_url)
            cells.append(cell)
        rows.append(
            TranslationRow(
                source,
                cells,
                title=source.title,
                kind=str(source.specific_class._meta.verbose_name) if source.specific_class else "",
                edit_url=reverse("wagtailadmin_pages:edit", args=[source.pk]),
            )
        )
    return rows


def _texts_changed(original, synced: Synced, record) -> bool:
    """Whether the original's texts differ from those wagtail-localize last took from it."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    now = sorted(
        v.string.data for v in extract_segments(original) if isinstance(v, StringSegmentValue)
    )
    return now != synced.texts.get(record.pk, [])


def _serialised(instance) -> Any:
    from modelcluster.models import ClusterableModel, get_serializable_data_for_fields

    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _snippet_edit_url(obj) -> str:
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def _snippet_rows(default: Locale, others: list[Locale]) -> list[TranslationRow]:
    """Translatable snippets (staff, figures, lines of work, categories…): an original is out
    of date in a language when it changed since its translations were last synced."""
    from wagtail.models import TranslatableMixin
    from wagtail.snippets.models import get_snippet_models

    rows = []
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        originals = list(model.objects.filter(locale=default))
        if not originals:
            continue
        synced = _synced(originals, default)
        copies: dict = defaultdict(dict)
        for copy in model.objects.filter(
            translation_key__in=[o.translation_key for o in originals], locale__in=others
        ):
            copies[copy.translation_key][copy.locale_id] = copy
        for original in originals:
            record = synced.records.get(original.translation_key)
            changed = record is not None and _serialised(original) != json.loads(
                record.content_json
            )
            cells = []
            for locale in others:
                copy = copies[original.translation_key].get(locale.pk)
                translation = synced.translations.get((original.translation_key, locale.pk))
                if copy is None:
                    cells.append(TranslationCell(MISSING, None))
                    continue
                edit_url = _snippet_edit_url(copy)
                if changed and translation is not None:
                    cells.append(TranslationCell(OUTDATED, copy, edit_url))
                else:
                    cells.append(
                        _progress_cell(synced, translation, copy, edit_url)
                        or TranslationCell(CURRENT, copy, edit_url)
                    )
            rows.append(
                TranslationRow(
                    original,
                    cells,
                    title=str(original),
                    kind=str(model._meta.verbose_name),
                    edit_url=_snippet_edit_url(original),
                )
            )
    return rows


def translation_status(
    *, model: type[Page] = Page, only_needing_work: bool = False, snippets: bool = True
) -> tuple[list, list[TranslationRow]]:
    """Each page (and translatable snippet) in the default language, and the state of its
    translation in each other language: missing, a draft, not fully translated (strings
    that wagtail-localize still waits for), out of date (the original changed since), or up
    to date.
    """
    default, others = _other_locales()
    rows = _page_rows(model, default, others)
    if snippets:
        rows += _snippet_rows(default, others)
    if only_needing_work:
        rows = [row for row in rows if row.needs_work]
    return others, rows


def latest_articles(*, locale: Locale | None = None, limit: int = 4) -> list[Page]:
    """The newest news items and reports in a language, for the home page, in one query:
    plain pages (title, address) with their ``date``."""
    from django.db.models.functions import Coalesce

    locale = locale or locale_active()
    return list(
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .filter(models.Q(newspage__isnull=False) | models.Q(reportpage__isnull=False))
        .annotate(date=Coalesce("newspage__date", "reportpage__date"))
        .order_by("-date", "-pk")[:limit]
    )


def tags_without_names() -> list:
    """Tags on articles whose Chinese or English name is still missing (see TagName)."""
    from taggit.models import Tag

    from kouryu.publishing.models import NewsPageTag, ReportPageTag

    used = set(NewsPageTag.objects.values_list("tag_id", flat=True)) | set(
        ReportPageTag.objects.values_list("tag_id", flat=True)
    )
    return list(
        Tag.objects.filter(pk__in=used)
        .select_related("names")
        .filter(
            models.Q(names__isnull=True)
            | models.Q(names__name_zh_hans="")
            | models.Q(names__name_en="")
        )
        .order_by("name")
    )

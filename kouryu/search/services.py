"""Writes to the search index: entries kept in step with content, and full rebuilds."""

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from wagtail.models import Page

from kouryu.search import registry
from kouryu.search.analyzer import analyze
from kouryu.search.models import BODY_MAX_CHARS, TITLE_MAX_LENGTH, SearchEntry
from kouryu.search.registry import Document
from kouryu.search.stores import store_for

_CONTENT_FIELDS = (
    "title",
    "body",
    "readings",
    "language",
    "per_language",
    "kind",
    "url",
    "is_public",
    "date",
)
_WRITTEN_FIELDS = (
    *_CONTENT_FIELDS,
    "title_tokens",
    "body_tokens",
    "reading_tokens",
    "updated_at",
)


def _readings_text(readings) -> str:
    lines = []
    for language, text in readings:
        text = " ".join(str(text or "").split())
        if text:
            lines.append(f"{language or ''}\t{text}")
    return "\n".join(dict.fromkeys(lines))


def _values(document: Document, *, per_language: bool = False) -> dict:
    return {
        "title": document.title[:TITLE_MAX_LENGTH],
        "body": document.body[:BODY_MAX_CHARS],
        "readings": _readings_text(document.readings),
        "language": document.language or "",
        "per_language": per_language,
        "kind": document.kind,
        "url": document.url or "",
        "is_public": document.is_public,
        "date": document.date,
    }


def _once(tokens) -> str:
    """Each token once: a name written in three scripts that fold to one word counts once."""
    return " ".join(dict.fromkeys(tokens))


def _tokens(values: dict) -> dict:
    """The three token fields. A title and the readings count a folded term once; the
    text keeps its frequencies (a page about Kobe says Kobe more than once)."""
    language = values["language"]
    readings = []
    for line in values["readings"].splitlines():
        reading_language, _tab, text = line.partition("\t")
        readings += analyze(text, language=reading_language or None, reading=True)
    return {
        "title_tokens": _once(analyze(values["title"], language=language)),
        "body_tokens": " ".join(analyze(values["body"], language=language)),
        "reading_tokens": _once(readings),
    }


def _documents(extracted) -> list[Document]:
    """An extract function's answer as a list: one Document, several (one per language),
    or none."""
    if extracted is None:
        return []
    if isinstance(extracted, Document):
        return [extracted]
    documents = list(extracted)
    languages = [document.language or "" for document in documents]
    if len(set(languages)) != len(languages):
        raise ValueError(f"one document per language, got {languages}")
    return documents


def _rows(documents: list[Document]) -> dict[str, dict]:
    """Values by language; entries of an object with several are marked per_language."""
    per_language = len(documents) > 1
    return {
        document.language or "": _values(document, per_language=per_language)
        for document in documents
    }


def _registered(obj: models.Model) -> tuple[models.Model, registry.Registration] | None:
    """The object as its registered type (a page as its specific class), or None."""
    if isinstance(obj, Page):
        registration = registry.registration_for(obj.specific_class)
        if registration is None:
            return None
        return obj.specific if type(obj) is not obj.specific_class else obj, registration
    registration = registry.registration_for(type(obj))
    return (obj, registration) if registration else None


def entry_index(obj: models.Model) -> SearchEntry | None:
    """Bring ``obj``'s entries in step with it: create, update, or remove them.

    Returns its entry (the first, for an object with one per language). Analysis only
    runs when what an entry stores has changed.
    """
    found = _registered(obj)
    if found is None:
        return None
    obj, registration = found
    wanted = _rows(_documents(registration.extract(obj)))
    key: dict[str, Any] = {
        "content_type": ContentType.objects.get_for_model(obj),
        "object_id": str(obj.pk),
    }
    existing = {entry.language: entry for entry in SearchEntry.objects.filter(**key)}
    gone = [entry.pk for language, entry in existing.items() if language not in wanted]
    if gone:
        SearchEntry.objects.filter(pk__in=gone).delete()
    written = []
    for language, values in wanted.items():
        entry = existing.get(language)
        if entry is not None and all(getattr(entry, name) == values[name] for name in values):
            written.append(entry)
            continue
        entry, _created = SearchEntry.objects.update_or_create(
            **key, language=language, defaults={**values, **_tokens(values)}
        )
        written.append(entry)
    return written[0] if written else None


def entry_url(obj: models.Model) -> str | None:
    """The address ``obj``'s entry holds now, or None without an entry."""
    found = _registered(obj)
    if found is None:
        return None
    obj, _registration = found
    return (
        SearchEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )
        .order_by("language")
        .values_list("url", flat=True)
        .first()
    )


def entry_remove(obj: models.Model) -> int:
    """Remove ``obj``'s entry (a page's, whichever class the instance is)."""
    content_types = {ContentType.objects.get_for_model(obj).pk}
    if isinstance(obj, Page) and obj.content_type_id:
        content_types.add(obj.content_type_id)
    deleted, _ = SearchEntry.objects.filter(
        content_type_id__in=content_types, object_id=str(obj.pk)
    ).delete()
    return deleted


def page_tree_reindex(page: Page, *, inclusive: bool = True) -> int:
    """Re-index a page and every page below it (after a move, a new slug, a privacy change)."""
    count = 0
    with registry.restricted_paths_cached():
        pages = page.get_descendants(inclusive=inclusive).specific()
        for each in pages.iterator(chunk_size=200):
            if entry_index(each) is not None:
                count += 1
    return count


def dependents_reindex(model: type[models.Model]) -> int:
    """Re-index the types that show ``model`` (pages listing snippets) after it changed."""
    count = 0
    with registry.restricted_paths_cached():
        for registration in registry.dependents_of(model):
            for obj in registration.queryset().iterator(chunk_size=200):
                if entry_index(obj) is not None:
                    count += 1
    return count


def entries_write(items: Iterable[tuple[int, str, Document | list[Document] | None]]) -> int:
    """Analyse and store many entries at once: (content type id, object id, document(s)).

    A None document removes that object's entries; an object's entries in languages it
    no longer has are removed. Returns the number of entries written.
    """
    rows: list = []
    removed: defaultdict[int, list] = defaultdict(list)
    kept: defaultdict[int, dict] = defaultdict(dict)
    for content_type_id, object_id, extracted in items:
        documents = _documents(extracted)
        if not documents:
            removed[content_type_id].append(object_id)
            continue
        by_language = _rows(documents)
        kept[content_type_id][object_id] = list(by_language)
        for values in by_language.values():
            rows.append(
                SearchEntry(
                    content_type_id=content_type_id,
                    object_id=object_id,
                    **values,
                    **_tokens(values),
                )
            )
    for content_type_id, languages_of in kept.items():
        # Languages an object had before and has no more (a rare case: one query).
        stale = [
            pk
            for pk, object_id, language in SearchEntry.objects.filter(
                content_type_id=content_type_id, object_id__in=list(languages_of)
            ).values_list("pk", "object_id", "language")
            if language not in languages_of[object_id]
        ]
        if stale:
            SearchEntry.objects.filter(pk__in=stale).delete()
    if rows:
        SearchEntry.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "language"],
            update_fields=[name for name in _WRITTEN_FIELDS if name != "language"],
        )
    for content_type_id, object_ids in removed.items():
        SearchEntry.objects.filter(
            content_type_id=content_type_id, object_id__in=object_ids
        ).delete()
    return len(rows)


@dataclass(frozen=True)
class RebuildReport:
    total: int
    indexed: int
    removed: int
    seconds: float


def index_rebuild(
    *,
    batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> RebuildReport:
    """Index every registered object again, in batches, and drop entries of anything gone.

    ``progress(done, total)`` is called after each batch.
    """
    started = time.monotonic()
    plan = [(r, r.queryset()) for r in registry.registrations()]
    total = sum(queryset.count() for _registration, queryset in plan)
    done = indexed = 0
    seen: dict[int, set[str]] = defaultdict(set)
    if progress:
        progress(0, total)
    with registry.restricted_paths_cached():
        for registration, queryset in plan:
            content_type_id = ContentType.objects.get_for_model(registration.model).pk
            batch: list[tuple[int, str, Document | list[Document] | None]] = []
            for obj in queryset.iterator(chunk_size=batch_size):
                done += 1
                # A page subclass that is not registered itself is not indexed.
                if registration.is_page and obj.content_type_id != content_type_id:
                    continue
                seen[content_type_id].add(str(obj.pk))
                batch.append((content_type_id, str(obj.pk), registration.extract(obj)))
                if len(batch) >= batch_size:
                    indexed += _write_batch(batch)
                    batch = []
                    if progress:
                        progress(done, total)
            indexed += _write_batch(batch)
            if progress:
                progress(done, total)
    removed = _remove_stale(seen)
    store_for(connection).optimize(connection)
    return RebuildReport(
        total=total, indexed=indexed, removed=removed, seconds=time.monotonic() - started
    )


def index_missing() -> int:
    """How many registered objects have no entry (a few count queries, no analysis)."""
    missing = 0
    for registration in registry.registrations():
        content_type = ContentType.objects.get_for_model(registration.model)
        objects = registration.queryset()
        if registration.is_page:
            objects = objects.filter(content_type=content_type)
        entries = (
            SearchEntry.objects.filter(content_type=content_type)
            .values("object_id")
            .distinct()
            .count()
        )
        missing += max(0, objects.count() - entries)
    return missing


def _write_batch(batch) -> int:
    if not batch:
        return 0
    with transaction.atomic():
        return entries_write(batch)


def _remove_stale(seen: dict[int, set[str]]) -> int:
    """Delete entries whose object is gone or whose type is no longer registered."""
    removed = SearchEntry.objects.exclude(content_type_id__in=list(seen)).delete()[0]
    for content_type_id, object_ids in seen.items():
        stale = [
            pk
            for pk, object_id in SearchEntry.objects.filter(
                content_type_id=content_type_id
            ).values_list("pk", "object_id")
            if object_id not in object_ids
        ]
        for start in range(0, len(stale), 500):
            removed += SearchEntry.objects.filter(pk__in=stale[start : start + 500]).delete()[0]
    return removed

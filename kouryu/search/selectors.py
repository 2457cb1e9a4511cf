"""Reads from the search index: ranked, filtered, paginated results with highlighted snippets."""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import connection
from django.utils.safestring import SafeString
from django.utils.translation import get_language, gettext_lazy

from kouryu.search import registry
from kouryu.search.analyzer import analyze_query
from kouryu.search.highlight import highlight, snippet
from kouryu.search.models import SearchEntry
from kouryu.search.stores import Filters, Ranked, store_for

MAX_QUERY_LENGTH = 200
MAX_PER_PAGE = 50
MAX_PAGE = 10_000

EMPTY_QUERY = gettext_lazy("Type a word or two to search for.")
NOTHING_SEARCHABLE = gettext_lazy(
    "Your search has no words that can be looked up. Try other words."
)
QUERY_SHORTENED = gettext_lazy(
    "Your search was longer than %(limit)d characters, so only the first %(limit)d were used."
)


@dataclass(frozen=True)
class Hit:
    entry_id: int
    content_type_id: int
    object_id: str
    title: SafeString
    url: str
    snippet: SafeString
    kind: str
    kind_label: str
    language: str
    language_name: str
    is_public: bool
    date: datetime | None


@dataclass(frozen=True)
class SearchResults:
    """One page of results, or a message saying why there are none to show."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 10
    message: str = ""
    notice: str = ""
    total_in_other_languages: int = 0

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def previous_page_number(self) -> int:
        return self.page - 1

    @property
    def next_page_number(self) -> int:
        return self.page + 1

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.hits else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.hits) - 1 if self.hits else 0

    def page_numbers(self, *, around: int = 2) -> list[int | None]:
        """Page links to show: first, last, and a few around the current; None for a gap."""
        last = self.num_pages
        shown = sorted(
            {1, last, *range(max(1, self.page - around), min(last, self.page + around) + 1)}
        )
        numbers: list[int | None] = []
        for number in shown:
            if numbers and number - numbers[-1] > 1:
                numbers.append(None)
            numbers.append(number)
        return numbers


def query_clean(raw: str | None) -> tuple[str, str]:
    """The query with its whitespace collapsed and cut to MAX_QUERY_LENGTH, and a notice."""
    text = " ".join((raw or "").split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text, ""
    cut = text[:MAX_QUERY_LENGTH]
    space = cut.rfind(" ")
    if space > MAX_QUERY_LENGTH - 20:
        cut = cut[:space]
    return cut, str(QUERY_SHORTENED) % {"limit": MAX_QUERY_LENGTH}


def _filters(
    *,
    public: bool,
    language: str | None,
    kinds: Iterable[str] | None,
    content_type_ids=None,
    public_only_content_type_ids=None,
    reader_language: str = "",
) -> Filters:
    return Filters(
        public=public,
        languages=(language,) if language else (),
        kinds=tuple(kinds or ()),
        content_type_ids=tuple(content_type_ids or ()),
        public_only_content_type_ids=tuple(public_only_content_type_ids or ()),
        reader_language=reader_language,
    )


# The first results mix kinds: of the first TOP_MIXED, at most PER_KIND_ON_TOP are of one
# kind while other kinds are among the first MIX_WINDOW matches. A place's name would
# otherwise fill the top with its registry records (short, all about that name) and push
# the news and reports about the place out. Only the order within the window changes, so
# pages never repeat or skip a hit.
TOP_MIXED = 5
PER_KIND_ON_TOP = 2
MIX_WINDOW = 50


def mixed(ids: list[int], kinds: list[str]) -> list[int]:
    """``ids`` (best first) with the first TOP_MIXED spread over kinds (see above)."""
    taken: set[int] = set()
    order: list[int] = []
    counts: dict[str, int] = {}
    for _slot in range(min(TOP_MIXED, len(ids))):
        choice = next(
            (
                i
                for i, pk in enumerate(ids)
                if pk not in taken and counts.get(kinds[i], 0) < PER_KIND_ON_TOP
            ),
            None,
        )
        if choice is None:
            choice = next(i for i, pk in enumerate(ids) if pk not in taken)
        taken.add(ids[choice])
        order.append(ids[choice])
        counts[kinds[choice]] = counts.get(kinds[choice], 0) + 1
    return order + [pk for pk in ids if pk not in taken]


def _ranked_page(store, expression, filters, *, page: int, per_page: int) -> Ranked:
    offset = (page - 1) * per_page
    if offset >= MIX_WINDOW:
        return store.rank(expression, filters, limit=per_page, offset=offset, connection=connection)
    window = store.rank(
        expression,
        filters,
        limit=max(MIX_WINDOW, offset + per_page),
        offset=0,
        connection=connection,
    )
    ids = mixed(window.ids, window.kinds)
    return Ranked(ids=ids[offset : offset + per_page], total=window.total)


def public_only_types(*, user) -> list[int]:
    """Content types of registered models whose non-public entries ``user`` may not see:
    those they have neither the view nor the change permission for. Pages are left to
    Wagtail's page permissions (their edit links and snippets, in ``staff_rows``)."""
    from django.contrib.contenttypes.models import ContentType

    hidden = []
    for registration in registry.registrations():
        if registration.is_page:
            continue
        opts = registration.model._meta
        if not any(
            user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")
            for action in ("view", "change")
        ):
            hidden.append(ContentType.objects.get_for_model(registration.model).pk)
    return hidden


def search(
    query: str | None,
    *,
    language: str | None = None,
    kinds: Iterable[str] | None = None,
    public: bool = True,
    page: int = 1,
    per_page: int = 10,
    prefix: bool = False,
    user=None,
) -> SearchResults:
    """Search the index.

    ``language`` keeps entries in one language ('ja', 'zh-hans', 'en'); ``kinds`` keeps
    those kinds ('page', 'news'…); ``public=False`` also finds unpublished and private
    entries (the staff search), of the kinds ``user`` may view when one is given. An empty query, or one with nothing to look up, gives a
    message and no database query; an over-long one is cut, with a notice.
    """
    text, notice = query_clean(query)
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    if not text:
        return SearchResults(query="", per_page=per_page, message=str(EMPTY_QUERY))
    parsed = analyze_query(text, language=language, prefix=prefix)
    if parsed.is_empty:
        return SearchResults(
            query=text, per_page=per_page, message=str(NOTHING_SEARCHABLE), notice=notice
        )
    store = store_for(connection)
    public_only = public_only_types(user=user) if user is not None and not public else ()
    reader = _reader(language)
    filters = _filters(
        public=public,
        language=language,
        kinds=kinds,
        public_only_content_type_ids=public_only,
        reader_language=reader,
    )
    page = min(max(1, page), MAX_PAGE)
    ranked = _ranked_page(store, parsed.expression, filters, page=page, per_page=per_page)
    if not ranked.ids and page > 1:
        # Past the last page (an old link): show the last page instead.
        total = ranked.total or store.count(parsed.expression, filters, connection=connection)
        if total:
            page = math.ceil(total / per_page)
            ranked = _ranked_page(store, parsed.expression, filters, page=page, per_page=per_page)
    elsewhere = 0
    if not ranked.total and language:
        elsewhere = store.count(
            parsed.expression,
            _filters(
                public=public,
                language=None,
                kinds=kinds,
                public_only_content_type_ids=public_only,
                reader_language=reader,
            ),
            connection=connection,
        )
    return SearchResults(
        query=text,
        hits=_hits(ranked.ids, parsed.highlight_terms, reader_language=reader),
        total=ranked.total,
        page=page,
        per_page=per_page,
        notice=notice,
        total_in_other_languages=elsewhere,
    )


def _reader(language: str | None) -> str:
    """The language results are shown in: the filter's, or the page's."""
    return language or get_language() or settings.LANGUAGE_CODE


def _presentations(entries, reader: str) -> dict[int, registry.Presentation]:
    """Each entry's title, address and summary from its registered object: a page shows
    itself; another model through its registration's ``present``, in the entry's language
    (an entry per language) or else the reader's. One or two queries per type and language
    among the hits."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    by_type: dict[tuple[int, str], list] = {}
    pages: list = []
    for entry in entries:
        model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        if model is not None and issubclass(model, Page):
            pages.append(entry)  # every page type in one query
        else:
            language = entry.language if entry.per_language else ""
            by_type.setdefault((entry.content_type_id, language), []).append(entry)
    shown: dict[int, registry.Presentation] = {}
    if pages:
        found = (
            Page.objects.filter(pk__in=[entry.object_id for entry in pages])
            .select_related("locale")
            .in_bulk()
        )
        for entry in pages:
            page = found.get(int(entry.object_id))
            url = (page.get_url() if page is not None else None) or entry.url
            shown[entry.pk] = registry.Presentation(
                title=entry.title, url=url, language=entry.language
            )
    for (content_type_id, _language), group in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        registration = registry.registration_for(model) if model else None
        object_ids = [entry.object_id for entry in group]
        if registration is not None and registration.present is not None:
            presented = registration.present(object_ids, _language or reader)
            for entry in group:
                if entry.object_id in presented:
                    shown[entry.pk] = presented[entry.object_id]
        else:
            for entry in group:
                shown[entry.pk] = registry.Presentation(
                    title=entry.title, url=entry.url, language=entry.language
                )
    return shown


def _hits(ids: list[int], terms, *, reader_language: str | None = None) -> list[Hit]:
    """Hits in rank order, each shown in the reader's language where its object allows
    (a registry record or a place, in no one language, is shown in the reader's)."""
    entries = SearchEntry.objects.defer("title_tokens", "body_tokens").in_bulk(ids)
    languages = dict(settings.LANGUAGES)
    reader = _reader(reader_language)
    shown = _presentations(entries.values(), reader)
    hits = []
    for entry in (entries[pk] for pk in ids if pk in entries):
        presentation = shown.get(entry.pk)
        if presentation is None:  # the object is gone; the index catches up on its own
            continue
        language = (
            (entry.language if entry.per_language else None)
            or presentation.language
            or entry.language
            or reader
        )
        hits.append(
            Hit(
                entry_id=entry.pk,
                content_type_id=entry.content_type_id,
                object_id=entry.object_id,
                title=highlight(presentation.title, terms),
                url=presentation.url,
                snippet=(
                    highlight(presentation.summary, terms)
                    if presentation.summary
                    else snippet(entry.body, terms)
                ),
                kind=entry.kind,
                kind_label=str(registry.kind_label(entry.kind)),
                language=language,
                language_name=languages.get(language, language),
                is_public=entry.is_public,
                date=entry.date,
            )
        )
    return hits


def ranked_objects(
    query: str,
    *,
    content_type_ids: Iterable[int],
    public: bool = False,
    prefix: bool = False,
    limit: int = 1000,
) -> list[tuple[int, str]]:
    """(content type id, object id) of the best ``limit`` matches, best first.

    For the staff admin's search backend: unpublished and private objects included.
    """
    text, _notice = query_clean(query)
    parsed = analyze_query(text, prefix=prefix)
    if parsed.is_empty:
        return []
    ranked = store_for(connection).rank(
        parsed.expression,
        _filters(public=public, language=None, kinds=None, content_type_ids=content_type_ids),
        limit=limit,
        offset=0,
        connection=connection,
    )
    rows = {
        pk: (content_type_id, object_id)
        for pk, content_type_id, object_id in SearchEntry.objects.filter(
            pk__in=ranked.ids
        ).values_list("pk", "content_type_id", "object_id")
    }
    # An object with an entry per language is found once, where it ranks best.
    return list(dict.fromkeys(rows[pk] for pk in ranked.ids if pk in rows))


def public_kinds() -> set[str]:
    """The kinds with at least one public entry: those the public search can find."""
    return set(SearchEntry.objects.filter(is_public=True).values_list("kind", flat=True).distinct())


def entry_count(*, public: bool | None = None) -> int:
    entries = SearchEntry.objects.all()
    if public is not None:
        entries = entries.filter(is_public=public)
    return entries.count()


@dataclass(frozen=True)
class StaffRow:
    hit: Hit
    edit_url: str | None
    show_snippet: bool


def staff_rows(hits: list[Hit], *, user) -> list[StaffRow]:
    """Hits with the admin edit link the user may follow; in two queries per type at most.

    Text from a page that is not public is shown only to someone who may edit it.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.admin.admin_url_finder import AdminURLFinder
    from wagtail.models import Page

    wanted: dict[int, list[str]] = {}
    for hit in hits:
        wanted.setdefault(hit.content_type_id, []).append(hit.object_id)
    objects = {}
    for content_type_id, object_ids in wanted.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        # Base pages are enough for permissions and edit links.
        manager = Page.objects if issubclass(model, Page) else model._default_manager
        for obj in manager.filter(pk__in=object_ids):
            objects[(content_type_id, str(obj.pk))] = obj
    finder = AdminURLFinder(user)
    rows = []
    for hit in hits:
        obj = objects.get((hit.content_type_id, hit.object_id))
        edit_url = finder.get_edit_url(obj) if obj is not None else None
        rows.append(
            StaffRow(hit=hit, edit_url=edit_url, show_snippet=hit.is_public or bool(edit_url))
        )
    return rows

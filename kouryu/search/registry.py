"""What the search index holds: the page types and models that apps register.

Each app makes its own content searchable from its ``AppConfig.ready()``; the search app
knows no feature app::

    from kouryu.search import registry

    registry.register_page(NewsPage, kind="news", label=_("News"), order=20)
    registry.register(
        Partnership,
        kind="partnership",
        label=_("Friendship cities"),
        extract=partnership_document,       # the text to index, and the filters
        present=partnership_presentation,   # title, summary and address, per language
    )

A page's entry follows its publishing (live, not private); a model's entry follows its
saves and deletes. ``depends_on`` names models shown on a page (snippets), so that saving
one of them refreshes the pages that show it. A hit's title, summary and address come from
the registered object, in the reader's language, when results are shown: ``present`` for a
model, the page itself for a page.
"""

import contextvars
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as date_type
from datetime import datetime, time
from html.parser import HTMLParser

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.functional import Promise
from wagtail.models import Page, PageViewRestriction

# Kinds, as registrations declare them: kind -> (label, order).
_kinds: dict[str, tuple[str | Promise, int]] = {}


@dataclass(frozen=True)
class Document:
    """What the index stores about one object: text for tokens and snippets, and filters.

    ``readings`` are other names and readings of the object, for matching only (never
    shown), in a field of lower weight: (language, text) pairs, each text analysed in
    its own language. An object known in several languages (a registry record, a place)
    gives one Document per language, each with its title and text in that language.
    """

    title: str
    body: str = ""
    language: str = ""
    kind: str = "page"
    url: str = ""
    is_public: bool = True
    date: datetime | None = None
    readings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Presentation:
    """How a hit is shown: in the reader's language, with the address of its page there.

    ``summary`` is plain text, or empty to show the indexed text around the match.
    """

    title: str
    url: str
    summary: str = ""
    language: str = ""


# present(object ids, reader's language) -> {object id: Presentation}; one or two queries.
Presenter = Callable[[list[str], str], dict[str, Presentation]]


@dataclass(frozen=True)
class Registration:
    model: type[models.Model]
    kind: str
    extract: Callable[[models.Model], "Document | list[Document] | None"]
    queryset: Callable[[], models.QuerySet]
    depends_on: tuple[type[models.Model], ...] = field(default=())
    present: Presenter | None = None

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)


_registry: dict[type[models.Model], Registration] = {}


class RegistryError(Exception):
    pass


def register_kind(kind: str, label: str | Promise, *, order: int = 500) -> None:
    _kinds[kind] = (label, order)


def register(
    model: type[models.Model],
    *,
    kind: str,
    extract: Callable[[models.Model], Document | list[Document] | None],
    queryset: Callable[[], models.QuerySet] | None = None,
    depends_on: Iterable[type[models.Model]] = (),
    label: str | Promise | None = None,
    order: int = 500,
    present: Presenter | None = None,
) -> None:
    """Index ``model``: ``extract(obj)`` gives its Document, a list of Documents (one per
    language, each with its own ``language``), or None to leave it out.

    ``queryset`` gives every object for a rebuild (default: all of them). ``present``
    shows hits of an entry in no one language; without it a hit shows its indexed title
    and the entry's stored address.
    """
    if label is not None:
        register_kind(kind, label, order=order)
    if kind not in _kinds:
        raise RegistryError(f"unknown kind {kind!r}: pass label= or call register_kind()")
    _registry[model] = Registration(
        model=model,
        kind=kind,
        extract=extract,
        queryset=queryset or model._default_manager.all,
        depends_on=tuple(depends_on),
        present=present,
    )


def register_page(
    model: type[Page],
    *,
    kind: str = "page",
    body: Callable[[Page], str] | None = None,
    date: Callable[[Page], datetime | date_type | None] | None = None,
    depends_on: Iterable[type[models.Model]] = (),
    label: str | Promise | None = None,
    order: int = 500,
) -> None:
    """Index a page type: its title and ``body(page)`` (default: its search_fields' text).

    ``date(page)`` is the date results show (default: when it was first published).
    """
    text = body or page_search_text
    date_of = date or (lambda page: page.first_published_at)

    def extract(page: Page) -> Document:
        url = page.get_url() or ""
        return Document(
            title=page.title,
            body=text(page),
            language=page.locale.language_code,
            kind=kind,
            url=url,
            # A page outside every site has no address to show.
            is_public=bool(url) and page_is_public(page),
            date=as_datetime(date_of(page)),
        )

    register(
        model,
        kind=kind,
        extract=extract,
        queryset=lambda: model.objects.select_related("locale"),
        depends_on=depends_on,
        label=label,
        order=order,
    )


def unregister(model: type[models.Model]) -> None:
    _registry.pop(model, None)


def registration_for(model: type[models.Model]) -> Registration | None:
    return _registry.get(model)


def registrations() -> list[Registration]:
    return list(_registry.values())


def dependents_of(model: type[models.Model]) -> list[Registration]:
    return [r for r in _registry.values() if any(issubclass(model, d) for d in r.depends_on)]


def is_dependency(model: type) -> bool:
    """Whether a registered type shows ``model`` (cheap: called on every save)."""
    return any(issubclass(model, d) for r in _registry.values() for d in r.depends_on)


def kinds() -> dict[str, str | Promise]:
    """The kinds that registered types use, in the order they declared, with their labels."""
    used = {r.kind for r in _registry.values()}
    ordered = sorted((order, kind) for kind, (_label, order) in _kinds.items() if kind in used)
    return {kind: _kinds[kind][0] for _order, kind in ordered}


def kind_label(kind: str) -> str | Promise:
    return _kinds.get(kind, (kind, 0))[0]


# ---------------------------------------------------------------------------
# Helpers for extract functions
# ---------------------------------------------------------------------------

# During a rebuild, the paths of restricted pages, so privacy costs no query per page.
_restricted_paths: contextvars.ContextVar[tuple[str, ...] | None] = contextvars.ContextVar(
    "restricted_paths", default=None
)


class restricted_paths_cached:
    """Within this block, page_is_public() reads view restrictions once, not per page."""

    def __enter__(self):
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        self._token = _restricted_paths.set(paths)
        return self

    def __exit__(self, *exc):
        _restricted_paths.reset(self._token)


def page_is_public(page: Page) -> bool:
    """Live, reachable, and neither the page nor an ancestor has a view restriction."""
    if not page.live:
        return False
    paths = _restricted_paths.get()
    if paths is None:
        return not page.get_view_restrictions().exists()
    return not any(page.path.startswith(path) for path in paths)


def as_datetime(value: datetime | date_type | None) -> datetime | None:
    """A date as midnight in the site's time zone; datetimes unchanged."""
    if value is None or isinstance(value, datetime):
        return value
    return timezone.make_aware(datetime.combine(value, time()))


_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "template"})


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Rich text as plain text: tags gone, entities decoded, one line per block."""
    if not html:
        return ""
    parser = _TextExtractor()
    parser.feed(str(html))
    parser.close()
    return join_text("".join(parser.parts).split("\n"))


def join_text(parts: Iterable) -> str:
    """Non-empty parts one per line, runs of spaces collapsed, line breaks kept."""
    lines = (" ".join(line.split()) for part in parts if part for line in str(part).splitlines())
    return "\n".join(line for line in lines if line)


def _flatten(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | Promise):
        return [str(value)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if isinstance(value, Iterable):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def page_search_text(page: Page) -> str:
    """The text of a page's search_fields other than its title, HTML stripped."""
    from wagtail.fields import RichTextField
    from wagtail.search import index

    parts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = search_field.get_field(type(page))
        except FieldDoesNotExist:  # a method or property
            model_field = None
        if isinstance(model_field, RichTextField):
            parts.append(html_to_text(getattr(page, search_field.field_name)))
        else:
            # StreamField gives its blocks' searchable text, rich text already stripped.
            parts += _flatten(search_field.get_value(page))
    return join_text(parts)

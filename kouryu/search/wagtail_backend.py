"""A Wagtail search backend that answers through our CJK-aware index.

Wagtail's own database backend finds nothing inside Japanese or Chinese text. This
backend wraps it: for pages (and any model registered in kouryu.search.registry) a
plain query goes to our index, which holds drafts and private pages too, and the
objects found are then narrowed by the admin's own queryset (permissions, locale,
type and live filters). Whatever Wagtail's backend finds besides (page types not
registered with us) follows after. Everything else, including indexing Wagtail's
own index, is passed to Wagtail's database backend unchanged.

Enable with::

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kouryu.search.wagtail_backend"}}
"""

from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, QuerySet
from modelsearch.backends.base import BaseSearchResults, FieldError
from modelsearch.query import And, Phrase, PlainText
from wagtail.search.backends.database import SearchBackend as database_backend

from kouryu.search import registry, selectors

MAX_MATCHES = 1000
MAX_FALLBACK_MATCHES = 200


def _query_text(query) -> str | None:
    """The words of a plain query (what the admin's search box sends); None otherwise."""
    if isinstance(query, str):
        return query
    if isinstance(query, PlainText | Phrase):
        return query.query_string
    if isinstance(query, And) and all(isinstance(q, PlainText | Phrase) for q in query.subqueries):
        return " ".join(q.query_string for q in query.subqueries)
    return None


def _content_type_ids(model) -> list[int]:
    return [
        ContentType.objects.get_for_model(r.model).pk
        for r in registry.registrations()
        if issubclass(r.model, model)
    ]


class IndexQuery:
    """The queryset to narrow to, and the objects our index matched, best first."""

    def __init__(self, queryset, text, *, content_type_ids, prefix, order_by_relevance, fallback):
        self.queryset = queryset
        self.text = text
        self.content_type_ids = content_type_ids
        self.prefix = prefix
        self.order_by_relevance = order_by_relevance
        self.fallback = fallback
        self._ids = None

    def ids(self) -> list:
        """Primary keys in the queryset that match, best first (cached for all slices)."""
        if self._ids is None:
            to_python = self.queryset.model._meta.pk.to_python
            candidates = [
                to_python(object_id)
                for _content_type_id, object_id in selectors.ranked_objects(
                    self.text,
                    content_type_ids=self.content_type_ids,
                    prefix=self.prefix,
                    limit=MAX_MATCHES,
                )
            ]
            seen = set(candidates)
            for pk in self._fallback_ids():
                if pk not in seen:
                    candidates.append(pk)
                    seen.add(pk)
            allowed = set(
                self.queryset.prefetch_related(None)
                .filter(pk__in=candidates)
                .values_list("pk", flat=True)
            )
            self._ids = [pk for pk in candidates if pk in allowed]
        return self._ids

    def _fallback_ids(self) -> list:
        try:
            return [obj.pk for obj in self.fallback()[:MAX_FALLBACK_MATCHES]]
        except FieldError:
            # Wagtail's backend only filters on declared FilterFields; ours filters on
            # anything, so a queryset it refuses is still answered from our index.
            return []


class IndexSearchResults(BaseSearchResults):
    supports_facet = True

    def _do_search(self):
        query = self.query_compiler
        ids = query.ids()
        if query.order_by_relevance:
            window = ids[self.start : self.stop]
            found = {obj.pk: obj for obj in query.queryset.filter(pk__in=window)}
            results = [found[pk] for pk in window if pk in found]
        else:
            results = list(query.queryset.filter(pk__in=ids)[self.start : self.stop])
        if self._score_field:
            rank = {pk: len(ids) - position for position, pk in enumerate(ids)}
            for obj in results:
                setattr(obj, self._score_field, float(rank.get(obj.pk, 0)))
        return results

    def _do_count(self):
        return len(self.query_compiler.ids())

    def facet(self, field_name):
        query = self.query_compiler
        rows = (
            query.queryset.prefetch_related(None)
            .filter(pk__in=query.ids())
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class KouryuSearchBackend:
    """Wagtail's database backend, with plain queries on indexed types answered by our index."""

    def __init__(self, params):
        self.params = params
        self.inner = database_backend(params)

    def __getattr__(self, name):
        # Indexing, rebuilding and everything else: Wagtail's own backend.
        return getattr(self.inner, name)

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        return self._search(
            "search", query, model_or_queryset, fields, operator, order_by_relevance, prefix=False
        )

    def autocomplete(
        self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True
    ):
        return self._search(
            "autocomplete",
            query,
            model_or_queryset,
            fields,
            operator,
            order_by_relevance,
            prefix=True,
        )

    def _search(
        self, method, query, model_or_queryset, fields, operator, order_by_relevance, *, prefix
    ):
        def inner(queryset):
            return getattr(self.inner, method)(
                query,
                queryset,
                fields=fields,
                operator=operator,
                order_by_relevance=order_by_relevance,
            )

        queryset = (
            model_or_queryset
            if isinstance(model_or_queryset, QuerySet)
            else model_or_queryset._default_manager.all()
        )
        text = _query_text(query)
        content_type_ids = _content_type_ids(queryset.model)
        # Searching chosen fields, or a query with operators, stays with Wagtail.
        if fields or not text or not text.strip() or not content_type_ids:
            return inner(model_or_queryset)
        return IndexSearchResults(
            self,
            IndexQuery(
                queryset,
                text,
                content_type_ids=content_type_ids,
                prefix=prefix,
                order_by_relevance=order_by_relevance,
                fallback=lambda: inner(queryset),
            ),
        )


SearchBackend = KouryuSearchBackend

"""Reads of the registry: the filtered list, statistics, and what the map and API show."""

from collections import Counter
from typing import Any

from django.db.models import Case, CharField, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import Concat, ExtractYear

from kouryu.core import pagecache
from kouryu.core.requestcache import memo
from kouryu.offices.selectors import office_countries
from kouryu.partnerships.models import Partnership, PartnershipLevel
from kouryu.places.models import Place, PlaceAlias, PlaceKind
from kouryu.places.normalisation import query_keys

JAPAN_LEVEL = Case(
    When(japan_side__kind=PlaceKind.PREFECTURE, then=Value("prefecture")),
    default=Value("city"),
    output_field=CharField(),
)
PARTNER_LEVEL = Case(
    When(partner__kind__in=[PlaceKind.PROVINCE, PlaceKind.PREFECTURE], then=Value("province")),
    default=Value("city"),
    output_field=CharField(),
)
SORTS: dict[str, list[Any]] = {
    "date": [F("agreed_on").asc(nulls_last=True), "pk"],
    "-date": [F("agreed_on").desc(nulls_last=True), "-pk"],
    "japan": ["japan_side__reading_kana", "japan_side__name_en", "pk"],
    "partner": ["partner__reading_pinyin", "partner__name_en", "pk"],
}


def with_level(qs: QuerySet) -> QuerySet:
    return qs.annotate(
        level=Concat(JAPAN_LEVEL, Value("_"), PARTNER_LEVEL, output_field=CharField())
    )


def place_ids_matching(text: str) -> list[int]:
    """Places any of whose name forms begins with the text, in any script or reading,
    and the places within them (a prefecture's cities, a city's wards). Two small
    queries, once per request (the list's count and its page both filter on them); the
    caller filters on the ids, which the foreign-key indexes serve."""
    return memo(("registry:place_ids_matching", text), lambda: _place_ids_matching(text))


def _place_ids_matching(text: str) -> list[int]:
    keys = {k.key for k in query_keys(text) if k.key}
    if not keys:
        return []
    condition = Q()
    for key in keys:
        condition |= Q(text__startswith=key)
    ids = set(PlaceAlias.objects.filter(condition).values_list("place_id", flat=True))
    if ids:
        below = Place.objects.filter(Q(parent_id__in=ids) | Q(parent__parent_id__in=ids))
        ids |= set(below.order_by().values_list("pk", flat=True))
    return sorted(ids)


def places_below(place) -> list[int]:
    """The place and everything below it (a prefecture's cities, their wards), by id; kept
    for the generation (a saved place starts a new one)."""

    def read() -> list[int]:
        below = Place.objects.filter(
            Q(pk=place.pk) | Q(parent_id=place.pk) | Q(parent__parent_id=place.pk)
        )
        return sorted(below.order_by().values_list("pk", flat=True))

    return pagecache.kept_for_generation(f"registry:places-below:{place.pk}", read)


def _within(field: str, place) -> Q:
    """The place itself or anything below it, as a list of ids that the foreign key's index
    serves (and the planner counts exactly)."""
    return Q(**{f"{field}_id__in": places_below(place)})


def _filtered(qs: QuerySet, filters: dict) -> QuerySet:
    if text := filters.get("q"):
        ids = place_ids_matching(text)
        qs = qs.filter(Q(japan_side_id__in=ids) | Q(partner_id__in=ids))
    if prefecture := filters.get("prefecture"):
        qs = qs.filter(_within("japan_side", prefecture))
    if province := filters.get("province"):
        qs = qs.filter(_within("partner", province))
    if country := filters.get("country"):
        qs = qs.filter(partner__country__code=country)
    if filters.get("level") and "level" not in qs.query.annotations:
        qs = with_level(qs)
    for name in ("level", "kind", "status"):
        if value := filters.get(name):
            qs = qs.filter(**{name: value})
    return qs.filter(_dates(filters))


def _dates(filters: dict) -> Q:
    dates = Q()
    if year := filters.get("year_from"):
        dates &= Q(agreed_on__year__gte=year)
    if year := filters.get("year_to"):
        dates &= Q(agreed_on__year__lte=year)
    if filters.get("undated"):
        dates &= Q(agreed_on__isnull=True)
    return dates


def partnership_matching(*, filters: dict | None = None) -> QuerySet:
    """The partnerships matching the filters, without joins or annotations of their own:
    what the list's count and other counts read."""
    return _filtered(Partnership.objects.all(), filters or {})


YEAR_FILTERS = ("year_from", "year_to", "undated")


# A name search that matches at most this many records is listed through their ids.
FEW_MATCHES = 500


def _few_matching(filters: dict) -> list[int] | None:
    """With a name search, the ids of the matching records when there are at most
    FEW_MATCHES of them (read once per request), else None.

    A name matches few records, but PostgreSQL's planner cannot know how few from the
    places' ids: asked for the first page in date order, it walked the date index and
    threw away nearly every row (q=神户 at 20,000 records: 19,974 rows read for 26). With
    the records' own ids it reads just those and sorts them."""
    if not filters.get("q"):
        return None

    def read() -> list[int] | None:
        matching = partnership_matching(filters=filters).order_by()
        ids = list(matching.values_list("pk", flat=True)[: FEW_MATCHES + 1])
        return sorted(ids) if len(ids) <= FEW_MATCHES else None

    key = tuple(sorted((name, str(getattr(v, "pk", v))) for name, v in filters.items()))
    return memo(("registry:few_matching", key), read)


def partnership_counts(*, filters: dict) -> tuple[int, int]:
    """How many partnerships match the filters, and, with a year filter, how many that
    match the other filters have no date (and so are left out): one query."""
    if not (filters.get("year_from") or filters.get("year_to")):
        if (ids := _few_matching(filters)) is not None:
            return len(ids), 0
        return partnership_matching(filters=filters).count(), 0
    others = {k: v for k, v in filters.items() if k not in YEAR_FILTERS}
    counts = partnership_matching(filters=others).aggregate(
        total=Count("pk", filter=_dates(filters)),
        undated=Count("pk", filter=Q(agreed_on__isnull=True)),
    )
    return counts["total"], counts["undated"]


def partnership_list(*, filters: dict | None = None) -> QuerySet:
    """Partnerships matching the filters, with both sides and their parents loaded."""
    filters = filters or {}
    qs = with_level(Partnership.objects.all()).select_related(
        "japan_side__parent", "partner__parent", "partner__country"
    )
    if (ids := _few_matching(filters)) is not None:
        qs = qs.filter(pk__in=ids)
    else:
        qs = _filtered(qs, filters)
    return qs.order_by(*SORTS.get(filters.get("sort") or "date", SORTS["date"]))


def partnership_get(*, pk: int) -> Partnership:
    return (
        with_level(Partnership.objects.all())
        .select_related("japan_side__parent__parent", "partner__parent__parent", "partner__country")
        .prefetch_related("sources")
        .get(pk=pk)
    )


def place_partnerships(*, place: Place) -> QuerySet:
    """Partnerships of a place, on either side."""
    return partnership_list().filter(Q(japan_side=place) | Q(partner=place))


def statistics(*, country: str | None = None) -> dict:
    """Counts of the records the registry holds (not the official totals), for partnerships
    with ``country`` (the office's partner country by default).

    Kept in the shared cache for the page cache's generation: any saved, imported or
    deleted partnership (or place) starts a new one, so the counts are read afresh then.
    """
    partner = country or office_countries().partner
    return pagecache.kept_for_generation(
        f"registry:statistics:{partner}", lambda: _statistics(partner)
    )


def kind_counts() -> dict[str, int]:
    """How many records have each kind (the public filter offers those some record has),
    kept for the generation like the statistics."""
    return pagecache.kept_for_generation(
        "registry:kinds",
        lambda: dict(
            Partnership.objects.values_list("kind").annotate(n=Count("pk")).values_list("kind", "n")
        ),
    )


def _statistics(country: str) -> dict:
    partner_side = Partnership.objects.filter(partner__country__code=country)
    by_year = Counter(
        dict(
            partner_side.exclude(agreed_on__isnull=True)
            .annotate(year=ExtractYear("agreed_on"))
            .values_list("year")
            .annotate(n=Count("pk"))
            .values_list("year", "n")
        )
    )
    years = []
    if by_year:
        cumulative = 0
        for year in range(min(min(by_year), 1973), max(by_year) + 1):
            cumulative += by_year.get(year, 0)
            years.append({"year": year, "new": by_year.get(year, 0), "cumulative": cumulative})
    by_prefecture = _count_by_top(partner_side, "japan_side")
    by_province = _count_by_top(partner_side, "partner")
    levels = dict(
        with_level(partner_side)
        .values_list("level")
        .annotate(n=Count("pk"))
        .values_list("level", "n")
    )
    by_level = [(label, levels.get(value, 0)) for value, label in PartnershipLevel.choices]
    by_country = list(
        Partnership.objects.values("partner__country__code")
        .annotate(n=Count("pk"))
        .order_by("-n", "partner__country__code")
    )
    return {
        "country": country,
        "total": partner_side.count(),
        "dated": partner_side.exclude(agreed_on__isnull=True).count(),
        "undated": partner_side.filter(agreed_on__isnull=True).count(),
        "years": years,
        "by_prefecture": by_prefecture,
        "by_province": by_province,
        "by_level": by_level,
        "by_country": by_country,
        "all_countries_total": Partnership.objects.count(),
    }


def _count_by_top(qs: QuerySet, side: str) -> list[tuple[Place, int]]:
    """Counts by the top-level division (prefecture or province) of one side."""
    top = Case(
        When(**{f"{side}__level": 1}, then=F(f"{side}_id")),
        When(**{f"{side}__parent__level": 1}, then=F(f"{side}__parent_id")),
        default=F(f"{side}__parent__parent_id"),
    )
    rows = qs.annotate(top=top).values_list("top").annotate(n=Count("pk")).values_list("top", "n")
    counts = {top_id: n for top_id, n in rows if top_id}
    places = Place.objects.in_bulk(list(counts))
    return sorted(
        ((places[pk], n) for pk, n in counts.items() if pk in places),
        key=lambda item: (-item[1], item[0].code or ""),
    )

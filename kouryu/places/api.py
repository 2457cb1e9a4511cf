"""The gazetteer in the read API: places by id or code, names resolved to places, and paging.

Also what every part of the API shares: paging, the bounds of ids, and the error answers
that the OpenAPI document declares.
"""

from typing import Annotated

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from kouryu.places.models import Place, PlaceKind
from kouryu.places.resolver import Status, place_resolve

router = Router(tags=["places"])

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
# Ids are 64-bit keys (BigAutoField); a larger number is no id, and SQLite cannot even
# compare it (OverflowError). Bounded here, it is a 422 and never reaches the database.
MAX_ID = 2**63 - 1
# Far beyond any table here, and within what every database takes as an OFFSET.
MAX_OFFSET = 2**31 - 1
COUNTRY_CODE = r"^[A-Za-z]{2}$"
# PostgreSQL cannot hold a NUL character in text, not even in a query's parameter.
NO_NUL = r"^[^\x00]*$"


# Errors, as every operation answers them.


class Error(Schema):
    detail: str = Field(description="What went wrong, in the request's language.")


class InputError(Schema):
    type: str = Field(description="A short code of the error, such as less_than_equal.")
    loc: list[str | int] = Field(description="Where: query, path, then the parameter's name.")
    msg: str = Field(description="What is wrong, in the request's language.")


class InputErrors(Schema):
    detail: list[InputError]


NOT_FOUND = {404: Error}
INVALID = {422: InputErrors}


# Paging, shared by every list of the API.


class Paging(Schema):
    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Results per page, at most {MAX_LIMIT}."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many results to skip.")


class Page(Schema):
    count: int = Field(description="Results matching the filters, on every page together.")
    limit: int
    offset: int
    next: str | None = Field(description="The next page, or null on the last.")
    previous: str | None = Field(description="The previous page, or null on the first.")


def page(request: HttpRequest, qs: QuerySet, paging: Paging) -> dict:
    """One page of a queryset: the total count, the rows, and links to the neighbours.

    Two queries (count and page) plus the queryset's own prefetches, whatever the limit.
    """
    limit, offset = paging.limit, paging.offset
    count = qs.count()
    results = list(qs[offset : offset + limit]) if offset < count else []
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": _page_url(request, offset + limit) if offset + limit < count else None,
        "previous": _page_url(request, max(offset - limit, 0)) if offset > 0 else None,
        "results": results,
    }


def _page_url(request: HttpRequest, offset: int) -> str:
    query = request.GET.copy()
    query.pop("offset", None)
    if offset:
        query["offset"] = str(offset)
    path = f"{request.path}?{query.urlencode()}" if query else request.path
    return request.build_absolute_uri(path)


# Places.


class PlaceSummary(Schema):
    """A place as the registry refers to it."""

    id: int
    code: str | None = Field(
        description="Japan: the six-digit local-government code; China: the GB/T 2260 code; "
        "null for a place elsewhere."
    )
    name_ja: str
    name_zh: str
    name_en: str
    kind: PlaceKind
    parent_id: int | None


class PlaceWithCountry(PlaceSummary):
    country: str = Field(description="ISO 3166-1 alpha-2 code.")

    @staticmethod
    def resolve_country(obj) -> str:
        return obj.country.code


class PlaceOut(PlaceWithCountry):
    level: int | None = Field(
        description="1: prefecture or province; 2: municipality or prefecture-level; 3: below."
    )
    suffix: str
    reading_kana: str
    reading_pinyin: str
    latitude: float | None
    longitude: float | None


class PlacePage(Page):
    results: list[PlaceOut]


class PlaceQuery(Paging):
    code: Annotated[
        str | None, StringConstraints(strip_whitespace=True, max_length=12, pattern=r"^[0-9]*$")
    ] = Field(None, description="The place's code, e.g. 281000.")
    country: str | None = Field(None, pattern=COUNTRY_CODE, description="ISO code, e.g. JP.")
    kind: PlaceKind | None = None
    parent: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only the places directly below this place (its id)."
    )


@router.get(
    "/places",
    response={200: PlacePage, **INVALID},
    summary="Places, by code, country, kind or parent",
)
def place_list(request, query: Query[PlaceQuery]):
    qs = Place.objects.select_related("country")
    if query.code:
        qs = qs.filter(code=query.code)
    if query.country:
        qs = qs.filter(country__code=query.country.upper())
    if query.kind:
        qs = qs.filter(kind=query.kind)
    if query.parent is not None:
        qs = qs.filter(parent_id=query.parent)
    return page(request, qs, query)


class Candidate(Schema):
    place: PlaceOut
    score: float = Field(description="How well the written name fits the place, up to 1.")


class Resolution(Schema):
    status: Status
    reason: str = Field(description="Why, in English; a diagnostic, not a display text.")
    convention: str = Field(
        description="The naming convention that settled a tie between equal candidates, if one did."
    )
    place: PlaceOut | None = Field(description="The place, when the name is resolved.")
    candidates: list[Candidate] = Field(description="Ranked, best first.")


class ResolveQuery(Schema):
    name: str = Field(
        min_length=1, max_length=200, pattern=NO_NUL, description="A place name in any script."
    )
    country: str | None = Field(None, pattern=COUNTRY_CODE, description="Search only here.")
    conventions: bool = Field(
        True,
        description="Settle ties on a bare name by the country's convention "
        "(Japan: the city; China: the highest-level division).",
    )


@router.get(
    "/places/resolve", response={200: Resolution, **INVALID}, summary="Resolve a place name"
)
def place_name_resolve(request, query: Query[ResolveQuery]):
    resolution = place_resolve(
        query.name, country=query.country or None, conventions=query.conventions
    )
    return {
        "status": resolution.status,
        "reason": resolution.reason,
        "convention": resolution.convention,
        "place": resolution.place,
        "candidates": [{"place": c.place, "score": c.score} for c in resolution.candidates],
    }


@router.get(
    "/places/{int:place_id}", response={200: PlaceOut, **NOT_FOUND, **INVALID}, summary="One place"
)
def place_detail(request, place_id: int = Path(..., ge=1, le=MAX_ID)):
    try:
        return Place.objects.select_related("country").get(pk=place_id)
    except Place.DoesNotExist:
        raise HttpError(404, _("There is no place with this id.")) from None

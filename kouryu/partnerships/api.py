"""The registry in the read API: partnerships with the public list's filters, and statistics.

Filters are parsed by the public list's form, so that the list page and the API
cannot disagree about what a filter means; the API only adds the partner's country
and accepts a prefecture or province by its code as well as by its id.
"""

import datetime
from typing import Annotated, Literal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import AfterValidator, BeforeValidator, StringConstraints
from pydantic_core import PydanticCustomError

from kouryu.offices.selectors import partnership_total_figure
from kouryu.partnerships import selectors
from kouryu.partnerships.forms import FIRST_YEAR, SORTS, PartnershipFilterForm
from kouryu.partnerships.models import (
    Partnership,
    PartnershipKind,
    PartnershipLevel,
    PartnershipStatus,
)
from kouryu.places.api import (
    COUNTRY_CODE,
    INVALID,
    MAX_ID,
    NO_NUL,
    NOT_FOUND,
    Page,
    Paging,
    PlaceSummary,
    PlaceWithCountry,
    page,
)
from kouryu.places.models import Country

router = Router(tags=["partnerships"])


# Filters.


class PlaceByIdOrCodeField(forms.ModelChoiceField):
    """A place of the field's queryset, given by its code (281000) or its id."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        if place := self.queryset.filter(code=value).first():
            return place
        return super().to_python(value)


class PartnershipApiFilterForm(PartnershipFilterForm):
    """The public list's filters, plus the partner's country."""

    country = forms.CharField(required=False, max_length=2)
    offer_only_recorded_kinds = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("prefecture", "province"):
            public = self.fields[name]
            self.fields[name] = PlaceByIdOrCodeField(
                queryset=public.queryset, required=False, label=public.label
            )

    def clean_country(self):
        code = self.cleaned_data["country"].strip().upper()
        if code and not Country.objects.filter(code=code).exists():
            raise forms.ValidationError(
                _("There is no country with the code %(code)s."),
                code="invalid_choice",
                params={"code": code},
            )
        return code


def _choices(choices) -> str:
    return ", ".join(str(value) for value, _label in choices)


def _blank_is_none(value):
    # An empty parameter (year_from=) means no filter, as on the public list.
    return None if value == "" else value


def _not_after_this_year(value: int) -> int:
    # This year, read per request (a server running over the new year accepts it).
    this_year = timezone.localdate().year
    if value > this_year:
        raise PydanticCustomError(
            "less_than_equal", "Input should be less than or equal to {le}", {"le": this_year}
        )
    return value


def _this_year_as_maximum(schema: dict) -> None:
    # Called each time the OpenAPI document is built, so the document follows the year too.
    schema["maximum"] = timezone.localdate().year


BLANK = BeforeValidator(_blank_is_none)
Year = Annotated[
    int,
    Field(ge=FIRST_YEAR, json_schema_extra=_this_year_as_maximum),
    AfterValidator(_not_after_this_year),
]
# A place by its id or its code: digits either way, at most as many as the largest id has.
PlaceRef = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=len(str(MAX_ID)), pattern=r"^[0-9]+$")
]
Name = Annotated[str, Field(max_length=100, pattern=NO_NUL)]
CountryCode = Annotated[str, Field(pattern=COUNTRY_CODE)]
Sort = Literal[*[value for value, _label in SORTS]]


class PartnershipQuery(Paging):
    q: Annotated[Name | None, BLANK] = Field(
        None, description="A place name, in any script or reading, on either side (神户, Tianjin)."
    )
    prefecture: Annotated[PlaceRef | None, BLANK] = Field(
        None, description="A Japanese prefecture by id or code: its partnerships and its cities'."
    )
    province: Annotated[PlaceRef | None, BLANK] = Field(
        None,
        description="A first-level division (province, region) of the office's partner "
        "country, by id or code, and what lies in it.",
    )
    country: Annotated[CountryCode | None, BLANK] = Field(
        None, description="The partner's country, ISO 3166-1 code."
    )
    level: Annotated[PartnershipLevel | None, BLANK] = Field(
        None, description=_choices(PartnershipLevel.choices)
    )
    kind: Annotated[PartnershipKind | None, BLANK] = Field(
        None, description=_choices(PartnershipKind.choices)
    )
    status: Annotated[PartnershipStatus | None, BLANK] = Field(
        None, description=_choices(PartnershipStatus.choices)
    )
    year_from: Annotated[Year | None, BLANK] = Field(
        None, description="Agreed in this year or later."
    )
    year_to: Annotated[Year | None, BLANK] = Field(
        None, description="Agreed in this year or earlier."
    )
    sort: Annotated[Sort | None, BLANK] = Field(
        None, description="date (default), -date, japan (by kana reading), partner (by Pinyin)."
    )


def _filters(query: PartnershipQuery) -> dict:
    """The selector's filters, or a 422 in the same shape as the API's other input errors."""
    data = query.model_dump(exclude={"limit", "offset"}, exclude_none=True)
    form = PartnershipApiFilterForm(data)
    if not form.is_valid():
        raise ValidationError(
            [
                {
                    "type": error["code"] or "invalid",
                    "loc": ["query"] if field == "__all__" else ["query", field],
                    "msg": error["message"],
                }
                for field, errors in form.errors.get_json_data().items()
                for error in errors
            ]
        )
    return form.filters


# Partnerships.


class Source(Schema):
    kind: str
    title: str
    url: str


class PartnershipOut(Schema):
    id: int
    japan_side: PlaceSummary
    partner: PlaceWithCountry
    kind: PartnershipKind
    level: PartnershipLevel
    agreed_on: datetime.date | None = Field(
        description="For a month or a year only, the first day; see date_precision."
    )
    date_precision: str
    date_basis: str
    status: PartnershipStatus
    ends_on: datetime.date | None
    sources: list[Source]


class PartnershipDetail(PartnershipOut):
    background_ja: str
    background_zh: str
    background_en: str


class PartnershipPage(Page):
    results: list[PartnershipOut]


@router.get(
    "/partnerships",
    response={200: PartnershipPage, **INVALID},
    summary="Partnerships, with the public filters",
)
def partnership_list(request, query: Query[PartnershipQuery]):
    qs = selectors.partnership_list(filters=_filters(query)).prefetch_related("sources")
    return page(request, qs, query)


@router.get(
    "/partnerships/{int:partnership_id}",
    response={200: PartnershipDetail, **NOT_FOUND, **INVALID},
    summary="One partnership",
)
def partnership_detail(request, partnership_id: int = Path(..., ge=1, le=MAX_ID)):
    try:
        return selectors.partnership_get(pk=partnership_id)
    except Partnership.DoesNotExist:
        raise HttpError(404, _("There is no partnership with this number.")) from None


# Statistics.


class YearCount(Schema):
    year: int
    new: int
    cumulative: int


class PlaceCount(Schema):
    place: PlaceSummary
    count: int


class LevelCount(Schema):
    level: PartnershipLevel
    label: str
    count: int


class CountryCount(Schema):
    country: str
    name_ja: str
    name_zh: str
    name_en: str
    count: int


class RegistryCounts(Schema):
    country: str = Field(description="The partner country that the counts below describe.")
    total: int
    dated: int
    undated: int
    years: list[YearCount] = Field(description="New and cumulative records by year, dated ones.")
    by_prefecture: list[PlaceCount]
    by_province: list[PlaceCount]
    by_level: list[LevelCount]
    by_country: list[CountryCount] = Field(description="Records by partner country, all countries.")
    all_countries_total: int


class OfficialFigure(Schema):
    key: str
    label: str
    value: int
    unit: str
    as_of: datetime.date
    as_of_precision: str
    source_name: str
    source_url: str
    note: str


class StatisticsOut(Schema):
    registry: RegistryCounts = Field(
        description="Counts of the records this registry holds. The registry does not yet "
        "hold every partnership: these are not official totals."
    )
    official: OfficialFigure | None = Field(
        description="The official total of partnerships with the office's partner country, as "
        "the office publishes it, with its date and source; null if none is published."
    )


@router.get("/statistics", response=StatisticsOut, summary="Registry counts and the official total")
def statistics(request):
    stats = selectors.statistics()
    countries = Country.objects.in_bulk(
        [row["partner__country__code"] for row in stats["by_country"]], field_name="code"
    )
    # The selector lists the levels in the order of PartnershipLevel.choices.
    levels = zip(PartnershipLevel.values, stats["by_level"], strict=True)
    registry = {
        **stats,
        "by_prefecture": [{"place": p, "count": n} for p, n in stats["by_prefecture"]],
        "by_province": [{"place": p, "count": n} for p, n in stats["by_province"]],
        "by_level": [
            {"level": value, "label": str(label), "count": n} for value, (label, n) in levels
        ],
        "by_country": [
            {
                "country": code,
                "name_ja": country.name_ja,
                "name_zh": country.name_zh,
                "name_en": country.name_en,
                "count": row["n"],
            }
            for row in stats["by_country"]
            if (country := countries.get(code := row["partner__country__code"]))
        ],
    }
    official = partnership_total_figure()
    return {"registry": registry, "official": official}

"""Public pages of the registry: list with filters, partnership, place, statistics, map, export."""

import itertools
import json

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kouryu.core import pagecache
from kouryu.core.addresses import url_for_pk
from kouryu.core.exports import CSV_BOM, CsvStreamWriter
from kouryu.offices import selectors as office_selectors
from kouryu.partnerships import selectors
from kouryu.partnerships.forms import PartnershipFilterForm
from kouryu.partnerships.models import Partnership
from kouryu.places.models import Country, Place

PER_PAGE = 25
EXPORT_CHUNK = 2000
MAP_MAX_LINES = 3000


def _filter_form(request) -> PartnershipFilterForm:
    return PartnershipFilterForm(request.GET or None)


def _applied_query(request, form: PartnershipFilterForm) -> str:
    """The query string without the page and without the filters that were left out as
    invalid: the exports it links to then hold exactly the records listed."""
    query = request.GET.copy()
    for name in ["page", *form.errors]:
        query.pop(name, None)
    return query.urlencode()


class _CountedPaginator(Paginator):
    """A paginator told its count (read with a plain query of the same records, without
    the joins for the loaded places), rather than counting the list's own query."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count


def _page(paginator: Paginator, number: str | None):
    """The page asked for, or the nearest one with a note saying so. Not Paginator.get_page,
    which answers a page below 1 with the last page and says nothing."""
    if number in (None, ""):
        return paginator.page(1), ""
    try:
        return paginator.page(number), ""
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        # validate_number read it as a whole number: below the first page, or past the last.
        page = paginator.page(1 if int(number) < 1 else paginator.num_pages)
    return page, _("That page does not exist; page %(number)d is shown instead.") % {
        "number": page.number
    }


def _undated_left_out(request, count: int) -> dict:
    """With a year filter, how many records of the other filters have no date (and so are
    left out), and the address that lists them."""
    if not count:
        return {}
    query = request.GET.copy()
    for name in ("year_from", "year_to", "page"):
        query.pop(name, None)
    query["undated"] = "1"
    return {"undated_left_out": count, "undated_query": query.urlencode()}


def partnership_list(request):
    form = _filter_form(request)
    qs = selectors.partnership_list(filters=form.filters)
    count, undated = selectors.partnership_counts(filters=form.filters)
    page, page_note = _page(_CountedPaginator(qs, PER_PAGE, count=count), request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "page_note": page_note,
        "query": query.urlencode(),
        "applied_query": _applied_query(request, form),
        **_undated_left_out(request, undated),
        "meta_description": _(
            "Search the friendship-city partnerships between Japanese local governments and "
            "their partners: by name, prefecture, province, status and year, with each "
            "record's source."
        ),
    }
    template = "partnerships/public/list.html"
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "results":
        template += "#results"
    return render(request, template, context)


def partnership_detail(request, pk: int):
    try:
        partnership = selectors.partnership_get(pk=pk)
    except Partnership.DoesNotExist:
        raise Http404(_("There is no partnership with this number.")) from None
    description = _(
        "The partnership between %(a)s and %(b)s: agreement date, status, background and "
        "sources, in the friendship-city registry."
    ) % {"a": partnership.japan_side.display_name(), "b": partnership.partner.display_name()}
    return render(
        request,
        "partnerships/public/detail.html",
        {"partnership": partnership, "meta_description": description},
    )


def place_detail(request, pk: int):
    place = get_object_or_404(Place.objects.select_related("country", "parent__parent"), pk=pk)
    partnerships = list(selectors.place_partnerships(place=place))
    points = [
        {"name": p.display_name(), "value": [float(p.longitude), float(p.latitude)]}
        for p in {place, *[x.partner for x in partnerships], *[x.japan_side for x in partnerships]}
        if p.latitude is not None
    ]
    spec = {"points": points, "zoom": 2.5}
    if place.latitude is not None:
        spec["center"] = [float(place.longitude), float(place.latitude)]
    return render(
        request,
        "partnerships/public/place.html",
        {
            "place": place,
            "partnerships": partnerships,
            "map_points": points,
            "map_spec": spec,
            "meta_description": _(
                "%(place)s in the friendship-city registry: its partnerships, on a map and "
                "in a list, with their dates and sources."
            )
            % {"place": place.display_name()},
        },
    )


def statistics(request):
    """The registry's statistics. Its content is the same for every reader in a language
    until a partnership, place or the office's settings change, so it is rendered once per
    language and kept for the page cache's generation (a fragment cache): rendering its
    tables cost more than reading the counts, which are kept the same way."""
    body = pagecache.kept_for_generation(
        f"registry:statistics-html:{get_language()}",
        lambda: render_to_string("partnerships/public/_statistics.html", _statistics_context()),
    )
    return render(
        request,
        "partnerships/public/statistics.html",
        {
            "meta_description": _(
                "Statistics of the friendship-city registry: partnerships by year, by "
                "prefecture, by province, by level and by country or region, as charts "
                "and tables."
            ),
            "body": mark_safe(body),  # noqa: S308 - rendered by our own escaping template
        },
    )


def _statistics_context() -> dict:
    stats = selectors.statistics()
    countries = Country.objects.in_bulk(
        [row["partner__country__code"] for row in stats["by_country"]], field_name="code"
    )
    by_country = [
        (countries[row["partner__country__code"]], row["n"])
        for row in stats["by_country"]
        if row["partner__country__code"] in countries
    ]
    charts = {
        "years": {
            "labels": [row["year"] for row in stats["years"]],
            "new": [row["new"] for row in stats["years"]],
            "cumulative": [row["cumulative"] for row in stats["years"]],
        },
        "prefectures": _bars(stats["by_prefecture"][:20]),
        "provinces": _bars(stats["by_province"][:20]),
        "levels": {
            "labels": [str(label) for label, _n in stats["by_level"]],
            "values": [n for _label, n in stats["by_level"]],
        },
        "countries": _bars(by_country[:20]),
        "labels": {"new": _("New partnerships"), "cumulative": _("Cumulative total")},
    }
    names = {"partner": office_selectors.office_countries().partner_name}
    place_url = url_for_pk("partnerships:place")
    sections = [
        (
            "prefectures",
            _("Partnerships with %(partner)s by Japanese prefecture") % names,
            _table(stats["by_prefecture"], place_url),
        ),
        (
            "provinces",
            _("Partnerships with %(partner)s by province or region") % names,
            _table(stats["by_province"], place_url),
        ),
        (
            "levels",
            _("Partnerships with %(partner)s by level") % names,
            _table(stats["by_level"]),
        ),
        (
            "countries",
            _("Japan's partnerships by partner country or region"),
            _table(by_country),
        ),
    ]
    return {
        "stats": stats,
        "official": office_selectors.partnership_total_figure(),
        "charts": charts,
        "sections": sections,
        "partner_name": names["partner"],
    }


def _table(rows, url=None) -> list[tuple[str, str, int]]:
    """A statistics table's rows: the name in the reader's language, the address of the
    place's page (when it has one) and the count."""
    return [
        (
            label.display_name() if hasattr(label, "display_name") else str(label),
            url(label.pk) if url else "",
            n,
        )
        for label, n in rows
    ]


def _bars(rows) -> dict:
    return {"labels": [place.display_name() for place, _n in rows], "values": [n for _p, n in rows]}


def partnership_map(request):
    form = _filter_form(request)
    qs = selectors.partnership_list(filters=form.filters)
    lines = [
        {
            "id": p.pk,
            "from": p.japan_side.display_name(),
            "to": p.partner.display_name(),
            "date": p.agreed_display,
            "coords": [
                [float(p.japan_side.longitude), float(p.japan_side.latitude)],
                [float(p.partner.longitude), float(p.partner.latitude)],
            ],
        }
        for p in qs.filter(japan_side__latitude__isnull=False, partner__latitude__isnull=False)[
            :MAP_MAX_LINES
        ]
    ]
    spec = {"lines": lines, "detailBase": reverse("partnerships:list")}
    context = {
        "meta_description": _(
            "A map of the friendship-city partnerships between Japanese local governments "
            "and their partners, with a line for each, filterable like the list."
        ),
        "form": form,
        "map_spec": spec,
        "total": len(lines),
        "capped": len(lines) == MAP_MAX_LINES,
        "query": request.GET.urlencode(),
    }
    return render(request, "partnerships/public/map.html", context)


EXPORT_FIELDS = [
    "id",
    "japan_prefecture",
    "japan_local_gov",
    "partner_country",
    "partner_province",
    "partner_local_gov",
    "japan_code",
    "partner_code",
    "kind",
    "level",
    "agreement_date",
    "date_precision",
    "date_basis",
    "status",
    "ends_on",
    "sources",
]


def _export_rows(partnerships):
    for p in partnerships:
        japan_top = p.japan_side.parent or p.japan_side
        partner_top = p.partner.parent or p.partner
        yield {
            "id": p.pk,
            "japan_prefecture": japan_top.display_name(),
            "japan_local_gov": p.japan_side.display_name(),
            "partner_country": p.partner.country.code,
            "partner_province": partner_top.display_name() if p.partner.parent_id else "",
            "partner_local_gov": p.partner.display_name(),
            "japan_code": p.japan_side.code or "",
            "partner_code": p.partner.code or "",
            "kind": p.kind,
            "level": p.level,
            "agreement_date": p.agreed_on.isoformat() if p.agreed_on else "",
            "date_precision": p.date_precision,
            "date_basis": p.date_basis,
            "status": p.status,
            "ends_on": p.ends_on.isoformat() if p.ends_on else "",
            "sources": " ".join(s.url for s in p.sources.all() if s.url),
        }


def export(request, fmt: str):
    """The filtered list as CSV or JSON, streamed so that a large registry costs little memory."""
    if fmt not in ("csv", "json"):
        raise Http404(_("Export is available as CSV or JSON."))
    form = _filter_form(request)
    if form.is_bound and not form.is_valid():
        # A download holds no form to show the error beside: exporting without the bad
        # filter would hand over more than was asked for, so nothing is exported.
        return _export_refused(form, fmt)
    qs = selectors.partnership_list(filters=form.filters).prefetch_related("sources")
    rows = _export_rows(qs.iterator(chunk_size=EXPORT_CHUNK))
    stamp = timezone.localdate().isoformat()
    if fmt == "json":
        response = StreamingHttpResponse(
            _json_stream(qs.count(), rows), content_type="application/json"
        )
    else:
        # Every cell made safe: place names and notes could otherwise run as formulas.
        writer = CsvStreamWriter(fieldnames=EXPORT_FIELDS)
        header = CSV_BOM + writer.writeheader()
        response = StreamingHttpResponse(
            itertools.chain([header], (writer.writerow(row) for row in rows)),
            content_type="text/csv; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="partnerships-{stamp}.{fmt}"'
    return response


def _export_refused(form: PartnershipFilterForm, fmt: str) -> HttpResponse:
    """A 400 naming each bad filter, in the reader's language; JSON in the API's error shape."""
    errors = [
        (field, error)
        for field, field_errors in form.errors.get_json_data().items()
        for error in field_errors
    ]
    if fmt == "json":
        detail = [
            {
                "type": error["code"] or "invalid",
                "loc": ["query"] if field == "__all__" else ["query", field],
                "msg": error["message"],
            }
            for field, error in errors
        ]
        return JsonResponse(
            {"detail": detail}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    lines = [_("The export was not made. Correct these filters and try again:")]
    for field, error in errors:
        label = form.fields[field].label if field in form.fields else ""
        lines.append(f"{label}: {error['message']}" if label else error["message"])
    return HttpResponse(
        "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
    )


def _json_stream(count: int, rows):
    yield f'{{"count": {count}, "results": ['
    for i, row in enumerate(rows):
        yield ("," if i else "") + json.dumps(row, ensure_ascii=False)
    yield "]}"

"""Reading partnership CSV files: header, names resolved through the gazetteer, dates, kinds.

The parsing is separate from writing (services.partnership_import_csv), so that a dry run,
an admin preview and a real import all see exactly the same rows and problems.
"""

import csv
import datetime
import io
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext as _

from kouryu.core.dates import DatePrecision
from kouryu.offices.selectors import office_countries
from kouryu.partnerships.models import (
    PartnershipKind,
    PartnershipSource,
    PartnershipStatus,
    SourceKind,
    validate_web_address,
)
from kouryu.places.models import Country, Place, PlaceKind
from kouryu.places.resolver import place_resolve

MAX_ROWS = 50_000

# Column names we accept, mapped to one field; the harvest and export formats both read.
COLUMNS = {
    "japan_prefecture": "japan_prefecture",
    "japan_local_gov": "japan_local_gov",
    "japan_side": "japan_local_gov",
    "partner_country": "partner_country",
    "country": "partner_country",
    "partner_province": "partner_province",
    "china_province": "partner_province",
    "partner_local_gov": "partner_local_gov",
    "china_local_gov": "partner_local_gov",
    "partner": "partner_local_gov",
    "kind": "kind",
    "agreement_date": "agreement_date",
    "agreed_on": "agreement_date",
    "date_basis": "date_basis",
    "status": "status",
    "ends_on": "ends_on",
    "source_url": "source_url",
    "source_title": "source_title",
    "source_kind": "source_kind",
    "background_ja": "background_ja",
    "background_zh": "background_zh",
    "background_en": "background_en",
}
REQUIRED = ("japan_local_gov", "partner_local_gov")

KIND_WORDS = {
    "sister": PartnershipKind.SISTER,
    "姉妹都市": PartnershipKind.SISTER,
    "姐妹城市": PartnershipKind.SISTER,
    "friendship": PartnershipKind.FRIENDSHIP,
    "友好都市": PartnershipKind.FRIENDSHIP,
    "友好城市": PartnershipKind.FRIENDSHIP,
    "友好提携": PartnershipKind.FRIENDSHIP,
    "exchange": PartnershipKind.EXCHANGE,
    "友好交流": PartnershipKind.EXCHANGE,
    "友好交流都市": PartnershipKind.EXCHANGE,
    "unspecified": PartnershipKind.UNSPECIFIED,
    "": PartnershipKind.UNSPECIFIED,
}
STATUS_WORDS = {
    "": PartnershipStatus.ACTIVE,
    "active": PartnershipStatus.ACTIVE,
    "fixed_term": PartnershipStatus.FIXED_TERM,
    "ended": PartnershipStatus.ENDED,
}


@dataclass
class RowProblem:
    line: int
    column: str
    message: str

    def __str__(self):
        return _("Line %(line)d, %(column)s: %(message)s") % {
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ParsedRow:
    line: int
    japan_side: Place
    partner: Place
    kind: str
    agreed_on: datetime.date | None
    date_precision: str
    date_basis: str = ""
    status: str = PartnershipStatus.ACTIVE
    ends_on: datetime.date | None = None
    source: dict | None = None
    background: dict = field(default_factory=dict)


@dataclass
class ParsedFile:
    rows: list[ParsedRow]
    problems: list[RowProblem]
    total: int


def parse_date(text: str) -> tuple[datetime.date | None, str]:
    """'1973-06-24', '1973-06', '1973', '1973年6月24日', '1973年6月' → (date, precision)."""
    text = text.strip()
    if not text:
        return None, DatePrecision.UNKNOWN
    m = re.fullmatch(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?", text)
    if not m:
        raise ValueError(
            _("“%(value)s” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY).") % {"value": text}
        )
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    precision = DatePrecision.DAY if m[3] else DatePrecision.MONTH if m[2] else DatePrecision.YEAR
    try:
        return datetime.date(year, month, day), precision
    except ValueError:
        raise ValueError(_("“%(value)s” is not a valid date.") % {"value": text}) from None


def read_rows(text: str) -> tuple[list[str], list[tuple[int, dict]]]:
    """The header (mapped to field names) and the rows with their line numbers."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text))
    header = next(_rows_of(reader), None)
    if header is None:
        raise ValueError(_("The file is empty."))
    fields = [COLUMNS.get(name.strip().lower()) for name in header]
    unknown = [name for name, f in zip(header, fields, strict=True) if f is None and name.strip()]
    if unknown:
        raise ValueError(
            _("Unknown columns: %(columns)s. Known columns: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(sorted(set(COLUMNS)))}
        )
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise ValueError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    rows = []
    for values in _rows_of(reader):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            rows.append((reader.line_num, {"__error__": len(values)}))
            continue
        rows.append(
            (reader.line_num, {f: v.strip() for f, v in zip(fields, values, strict=True) if f})
        )
        if len(rows) > MAX_ROWS:
            raise ValueError(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
    return fields, rows


def _rows_of(reader):
    """The reader's rows; a field over the csv module's limit is a clear error, not a crash."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ValueError(
                _(
                    "Line %(line)d could not be read: a field is longer than %(limit)d "
                    "characters, or a quotation mark is not closed (%(error)s)."
                )
                % {"line": reader.line_num, "limit": csv.field_size_limit(), "error": error}
            ) from None


class _Resolver:
    """place_resolve with a cache, since the same prefectures and provinces recur."""

    def __init__(self):
        self.cache: dict = {}
        self.countries = {c.code: c for c in Country.objects.all()}
        self.country_by_name = {}
        for c in self.countries.values():
            for name in (c.name_en, c.name_ja, c.name_zh, c.code):
                self.country_by_name[name.lower()] = c
        # The office's countries: the Japanese side's, and the partner's when a row names none.
        self.office = office_countries()
        # Countries whose local governments the gazetteer holds by level and code: a name
        # there is resolved within its province; elsewhere a place is known by its name.
        self.with_divisions = set(
            Place.objects.filter(level__isnull=False)
            .values_list("country__code", flat=True)
            .distinct()
        )

    def country(self, text: str) -> Country | None:
        return self.country_by_name.get((text or self.office.partner).strip().lower())

    def resolve(self, text, **kwargs):
        key = (text, tuple(sorted((k, repr(getattr(v, "pk", v))) for k, v in kwargs.items())))
        if key not in self.cache:
            self.cache[key] = place_resolve(text, **kwargs)
        return self.cache[key]


def _resolve_side(
    resolver: _Resolver,
    problems: list[RowProblem],
    line: int,
    *,
    country: Country,
    upper_text: str,
    upper_kinds: list[str],
    lower_text: str,
    upper_column: str,
    lower_column: str,
) -> Place | None:
    upper = None
    if upper_text:
        result = resolver.resolve(upper_text, country=country.code, kinds=upper_kinds)
        if result.place is None:
            problems.append(RowProblem(line, upper_column, unresolved_message(result)))
            return None
        upper = result.place
    if upper is not None and (not lower_text or lower_text == upper_text):
        return upper  # the prefecture or province itself
    result = resolver.resolve(lower_text, country=country.code, parent=upper)
    if result.place is None:
        problems.append(RowProblem(line, lower_column, unresolved_message(result)))
        return None
    return result.place


def unresolved_message(result) -> str:
    """Why a name did not resolve, in the reader's language."""
    if result.status == "ambiguous":
        names = [
            c.place.display_name()
            + (f" ({c.place.parent.display_name()})" if c.place.parent_id else "")
            for c in result.candidates[:6]
        ]
        return _(
            "“%(name)s” could be several places: %(places)s. Add the prefecture or province."
        ) % {
            "name": result.text,
            "places": "; ".join(names),
        }
    if not result.text:
        return _("The name is empty.")
    return _("No place called “%(name)s” was found.") % {"name": result.text}


def parse_file(text: str, *, progress: Callable[[int, int], None] | None = None) -> ParsedFile:
    """Parse and resolve every row; problems are collected, never raised, per row."""
    steps = parse_steps(text)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as finished:
            return finished.value
        if progress:
            progress(done, total)


def parse_steps(text: str) -> Generator[tuple[int, int], None, ParsedFile]:
    """parse_file as a generator: yields (rows done, rows in all) after each row and
    returns the ParsedFile, so that a caller can report progress as it goes."""
    _fields, raw_rows = read_rows(text)
    resolver = _Resolver()
    today = timezone.localdate()
    problems: list[RowProblem] = []
    parsed: list[ParsedRow] = []
    japan = resolver.countries.get(resolver.office.home)
    for done, (line, row) in enumerate(raw_rows, start=1):
        yield done, len(raw_rows)
        if "__error__" in row:
            problems.append(
                RowProblem(
                    line, "*", _("The row has a different number of columns from the header.")
                )
            )
            continue
        before = len(problems)
        country = resolver.country(row.get("partner_country", ""))
        if country is None:
            problems.append(
                RowProblem(
                    line,
                    "partner_country",
                    _("Unknown country “%(value)s”.") % {"value": row.get("partner_country")},
                )
            )
            continue
        japan_side = _resolve_side(
            resolver,
            problems,
            line,
            country=japan,
            upper_text=row.get("japan_prefecture", ""),
            upper_kinds=[PlaceKind.PREFECTURE],
            lower_text=row.get("japan_local_gov", ""),
            upper_column="japan_prefecture",
            lower_column="japan_local_gov",
        )
        if country.code in resolver.with_divisions:
            partner = _resolve_side(
                resolver,
                problems,
                line,
                country=country,
                upper_text=row.get("partner_province", ""),
                upper_kinds=[PlaceKind.PROVINCE, PlaceKind.PREFECTURE],
                lower_text=row.get("partner_local_gov", ""),
                upper_column="partner_province",
                lower_column="partner_local_gov",
            )
        else:
            partner = _other_place(
                resolver, problems, line, country, row.get("partner_local_gov", "")
            )
        try:
            agreed_on, precision = parse_date(row.get("agreement_date", ""))
            if agreed_on and agreed_on > today:
                problems.append(
                    RowProblem(
                        line, "agreement_date", _("The agreement date cannot lie in the future.")
                    )
                )
        except ValueError as err:
            problems.append(RowProblem(line, "agreement_date", str(err)))
            agreed_on, precision = None, DatePrecision.UNKNOWN
        kind = KIND_WORDS.get(row.get("kind", "").lower())
        if kind is None:
            problems.append(
                RowProblem(
                    line, "kind", _("Unknown kind “%(value)s”.") % {"value": row.get("kind")}
                )
            )
        status = STATUS_WORDS.get(row.get("status", "").lower())
        if status is None:
            problems.append(
                RowProblem(
                    line, "status", _("Unknown status “%(value)s”.") % {"value": row.get("status")}
                )
            )
        ends_on = None
        if row.get("ends_on"):
            try:
                ends_on, _precision = parse_date(row["ends_on"])
            except ValueError as err:
                problems.append(RowProblem(line, "ends_on", str(err)))
        if status == PartnershipStatus.FIXED_TERM and ends_on is None:
            problems.append(
                RowProblem(line, "ends_on", _("A fixed-term agreement needs an end date."))
            )
        source = _source(row, problems, line)
        if len(problems) > before or japan_side is None or partner is None:
            continue
        parsed.append(
            ParsedRow(
                line=line,
                japan_side=japan_side,
                partner=partner,
                kind=kind,
                agreed_on=agreed_on,
                date_precision=precision,
                date_basis=row.get("date_basis", ""),
                status=status,
                ends_on=ends_on,
                source=source,
                background={
                    k: row[k]
                    for k in ("background_ja", "background_zh", "background_en")
                    if row.get(k)
                },
            )
        )
    seen: dict[tuple, int] = {}
    for row in parsed:
        key = (row.japan_side.pk, place_key(row.partner), row.kind)
        if key in seen:
            problems.append(
                RowProblem(
                    row.line,
                    "*",
                    _("The same partnership is already on line %(line)d.") % {"line": seen[key]},
                )
            )
        else:
            seen[key] = row.line
    problems.sort(key=lambda p: p.line)
    return ParsedFile(rows=parsed, problems=problems, total=len(raw_rows))


def place_key(place: Place):
    """Identity of a place that may not be saved yet (a new place abroad)."""
    return place.pk or (place.country.code, place.name_en)


def _other_place(resolver, problems, line, country, name) -> Place | None:
    if not name:
        problems.append(RowProblem(line, "partner_local_gov", _("The partner's name is empty.")))
        return None
    result = resolver.resolve(name, country=country.code)
    if result.place is not None:
        return result.place
    # Places abroad are known only by their country and name: an unknown one is added
    # when the import is applied (unsaved here, so that a dry run writes nothing).
    return Place(country=country, kind=PlaceKind.OTHER, name_en=name[:100])


SOURCE_URL_MAX_LENGTH = PartnershipSource._meta.get_field("url").max_length


def _source(row: dict, problems: list[RowProblem], line: int) -> dict | None:
    """The row's source, or None; an address that is not a web address (http or https)
    is a problem of the row, since the source would be linked from the public page."""
    url = row.get("source_url", "")
    if url:
        refused = []
        for validate in (validate_web_address, MaxLengthValidator(SOURCE_URL_MAX_LENGTH)):
            try:
                validate(url)
            except ValidationError as error:
                refused += error.messages
        if refused:
            problems.extend(RowProblem(line, "source_url", message) for message in refused)
            return None
    kind = row.get("source_kind", "").lower()
    if not kind:
        if "clair.or.jp" in url:
            kind = SourceKind.CLAIR
        elif "wikipedia.org" in url:
            kind = SourceKind.WIKIPEDIA
        elif re.search(r"\.(lg\.jp|gov\.cn|pref\.[a-z]+\.jp|city\.[a-z]+\.)", url):
            kind = SourceKind.GOVERNMENT
        else:
            kind = SourceKind.OTHER
    if kind not in SourceKind.values:
        kind = SourceKind.OTHER
    if not url and not row.get("source_title"):
        return None
    return {"kind": kind, "url": url, "title": row.get("source_title", "")[:300]}

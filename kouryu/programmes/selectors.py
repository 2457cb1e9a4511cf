"""Reads of the programme records, and what the public pages may show of them.

The public side never receives a name without its consent: ``programme_year()`` builds the
records as the page shows them (``RecordShown``), with the names of those who agreed and,
for the others, their organisation and a count.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Max, Min, Prefetch, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.formats import date_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from kouryu.programmes.models import Participant, ProgrammeKind, ProgrammeRecord

# A year in the address: four ASCII digits, not starting with 0 (not ０-９, not 19, not 20261).
_YEAR = re.compile(r"[1-9][0-9]{3}")


def year_parse(text: str) -> int | None:
    """The year an address names, or None if it is not a year written with four digits."""
    return int(text) if _YEAR.fullmatch(text) else None


@dataclass(frozen=True)
class YearCount:
    year: int
    dispatches: int
    trainees: int

    @property
    def total(self) -> int:
        return self.dispatches + self.trainees


@dataclass(frozen=True)
class PersonShown:
    """A person who agreed to be named, as the reader's language writes them."""

    name: str
    title: str
    organisation: str


@dataclass(frozen=True)
class RecordShown:
    pk: int
    kind: str
    kind_label: str
    field_label: str
    host: str
    period: str
    people: list[PersonShown]
    # The others, by organisation: "兵庫県職員 1名".
    unnamed: list[str]
    outcome: str
    # The language the outcome is written in, where it is not the page's (a fall-back).
    outcome_lang: str = ""


@dataclass
class YearShown:
    year: int
    dispatches: list[RecordShown] = field(default_factory=list)
    trainees: list[RecordShown] = field(default_factory=list)
    previous_year: int | None = None
    next_year: int | None = None


def record_list() -> QuerySet[ProgrammeRecord]:
    return ProgrammeRecord.objects.select_related("host_place").prefetch_related(
        Prefetch("participants", queryset=Participant.objects.order_by("sort_order", "pk"))
    )


def record_without_outcome(*, today: date) -> QuerySet[ProgrammeRecord]:
    """Records that have ended and say nothing yet of what came of them, latest first."""
    return (
        ProgrammeRecord.objects.select_related("host_place")
        .filter(ends_on__lt=today, outcome_ja="", outcome_zh="", outcome_en="")
        .order_by("-ends_on", "-pk")
    )


def programme_years() -> list[YearCount]:
    """Every year with records (the year a record starts in), latest first, with counts."""
    rows = (
        ProgrammeRecord.objects.annotate(year=ExtractYear("starts_on"))
        .values("year")
        .annotate(
            dispatches=Count("pk", filter=Q(kind=ProgrammeKind.DISPATCH)),
            trainees=Count("pk", filter=Q(kind=ProgrammeKind.TRAINING)),
        )
        .order_by("-year")
    )
    return [YearCount(r["year"], r["dispatches"], r["trainees"]) for r in rows]


def unnamed_label(organisation: str, count: int) -> str:
    """People shown without their names: 兵庫県職員 1名, 天津市外事办公室工作人员 2名."""
    if not organisation:
        return ngettext("%(count)d participant", "%(count)d participants", count) % {"count": count}
    return ngettext(
        "%(count)d staff member of %(organisation)s",
        "%(count)d staff members of %(organisation)s",
        count,
    ) % {"count": count, "organisation": organisation}


def people_shown(participants: list[Participant]) -> tuple[list[PersonShown], list[str]]:
    """Named people (consent given) and, for the others, one line per organisation."""
    named: list[PersonShown] = []
    unnamed: Counter[str] = Counter()
    for person in participants:
        if person.name_consent:
            named.append(PersonShown(person.full_name(), person.title, person.organisation))
        else:
            unnamed[person.organisation] += 1
    return named, [unnamed_label(org, n) for org, n in unnamed.items()]


def _period(starts_on: date, ends_on: date | None) -> str:
    start = date_format(starts_on, "DATE_FORMAT")
    if ends_on is None:
        return _("From %(start)s") % {"start": start}
    if ends_on == starts_on:
        return start
    return _("%(start)s – %(end)s") % {"start": start, "end": date_format(ends_on, "DATE_FORMAT")}


def _outcome(record: ProgrammeRecord, language: str) -> tuple[str, str]:
    """The outcome in the reader's language, else another, with the one it is written in."""
    texts = {"ja": record.outcome_ja, "zh-Hans": record.outcome_zh, "en": record.outcome_en}
    own = "zh-Hans" if language.startswith("zh") else "en" if language.startswith("en") else "ja"
    if texts[own]:
        return texts[own], ""
    for code in ("ja", "zh-Hans", "en"):
        if texts[code]:
            return texts[code], code
    return "", ""


def record_shown(record: ProgrammeRecord) -> RecordShown:
    language = (get_language() or "ja").lower()
    named, unnamed = people_shown(list(record.participants.all()))
    outcome, outcome_lang = _outcome(record, language)
    return RecordShown(
        pk=record.pk,
        kind=record.kind,
        kind_label=str(record.get_kind_display()),
        field_label=str(record.get_field_display()),
        host=record.host_display,
        period=_period(record.starts_on, record.ends_on),
        people=named,
        unnamed=unnamed,
        outcome=outcome,
        outcome_lang=outcome_lang,
    )


def programme_year(*, year: int) -> YearShown | None:
    """The records that start in ``year``, as the public page shows them; None without any."""
    records = list(record_list().filter(starts_on__year=year))
    if not records:
        return None
    shown = YearShown(year=year)
    for record in records:
        item = record_shown(record)
        (shown.dispatches if record.kind == ProgrammeKind.DISPATCH else shown.trainees).append(item)
    around = ProgrammeRecord.objects.aggregate(
        previous=Max("starts_on", filter=Q(starts_on__lt=date(year, 1, 1))),
        next=Min("starts_on", filter=Q(starts_on__gt=date(year, 12, 31))),
    )
    shown.previous_year = around["previous"].year if around["previous"] else None
    shown.next_year = around["next"].year if around["next"] else None
    return shown

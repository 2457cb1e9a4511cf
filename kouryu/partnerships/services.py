"""Writes to the registry: creating and importing partnerships, keeping their history."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from kouryu.core.dates import DatePrecision
from kouryu.partnerships.csv_import import ParsedFile, ParsedRow, RowProblem, parse_file, place_key
from kouryu.partnerships.models import Partnership, PartnershipKind, PartnershipSource
from kouryu.places.models import PlaceKind
from kouryu.places.services import place_other_get_or_create

PRECISION_RANK: dict[str, int] = {
    DatePrecision.UNKNOWN: 0,
    DatePrecision.YEAR: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.DAY: 3,
}


@dataclass
class Change:
    """One field of a record that an import changes, as staff read it in the preview."""

    field: str
    before: str
    after: str


@dataclass
class ImportReport:
    total: int
    problems: list[RowProblem]
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_lines: list[int] = field(default_factory=list)
    applied: bool = False
    # (line, "create" | "update" | "unchanged", row, changes of an update)
    actions: list[tuple[int, str, ParsedRow, list[Change]]] = field(default_factory=list)
    # The records written, when applied: for the link to what the import touched.
    touched_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _match(row: ParsedRow, existing: dict[tuple, list[Partnership]]) -> Partnership | None:
    """The record a row updates: same pair and kind, or the same pair where one side
    does not record the kind (so that a dated record completes an undated one)."""
    candidates = existing.get((row.japan_side.pk, place_key(row.partner)), [])
    for p in candidates:
        if p.kind == row.kind:
            return p
    if row.kind == PartnershipKind.UNSPECIFIED and len(candidates) == 1:
        return candidates[0]
    return next((p for p in candidates if p.kind == PartnershipKind.UNSPECIFIED), None)


# Fields that an import may change on an existing record, in the order the preview shows.
_COMPARED = (
    "kind",
    "agreed_on",
    "date_precision",
    "date_basis",
    "status",
    "ends_on",
    "background_ja",
    "background_zh",
    "background_en",
)


def _shown(partnership: Partnership, name: str) -> str:
    value = getattr(partnership, name)
    display = getattr(partnership, f"get_{name}_display", None)
    if display is not None:
        return str(display())
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _snapshot(partnership: Partnership) -> dict[str, str]:
    return {name: _shown(partnership, name) for name in _COMPARED}


def _changes(before: dict[str, str], partnership: Partnership, new_sources: int) -> list[Change]:
    after = _snapshot(partnership)
    changes = [
        Change(str(Partnership._meta.get_field(name).verbose_name), before[name], after[name])
        for name in _COMPARED
        if before[name] != after[name]
    ]
    if new_sources:
        changes.append(Change(str(_("sources")), "", _("%(n)d added") % {"n": new_sources}))
    return changes


def _merge(partnership: Partnership, row: ParsedRow) -> bool:
    """Fold a row into an existing record; True if anything changed."""
    changed = False
    if partnership.kind == PartnershipKind.UNSPECIFIED and row.kind != PartnershipKind.UNSPECIFIED:
        partnership.kind = row.kind
        changed = True
    if PRECISION_RANK[row.date_precision] > PRECISION_RANK[partnership.date_precision]:
        partnership.agreed_on = row.agreed_on
        partnership.date_precision = row.date_precision
        partnership.date_basis = row.date_basis or partnership.date_basis
        changed = True
    elif row.date_basis and not partnership.date_basis:
        partnership.date_basis = row.date_basis
        changed = True
    if row.ends_on and partnership.ends_on != row.ends_on:
        partnership.status, partnership.ends_on = row.status, row.ends_on
        changed = True
    for name, text in row.background.items():
        if getattr(partnership, name) != text:
            setattr(partnership, name, text)
            changed = True
    if row.source and not any(
        s.kind == row.source["kind"] and s.url == row.source["url"]
        for s in partnership.sources.all()
    ):
        partnership.sources.add(PartnershipSource(**row.source))
        changed = True
    return changed


def _new(row: ParsedRow) -> Partnership:
    partnership = Partnership(
        japan_side=row.japan_side,
        partner=row.partner,
        kind=row.kind,
        agreed_on=row.agreed_on,
        date_precision=row.date_precision,
        date_basis=row.date_basis,
        status=row.status,
        ends_on=row.ends_on,
        **row.background,
    )
    if row.source:
        partnership.sources = [PartnershipSource(**row.source)]
    return partnership


def partnership_problems(partnership: Partnership) -> list[str]:
    """Everything the model and the database would refuse about a record and its sources.

    The same checks as saving (field validation, clean(), the check and unique
    constraints), run before anything is written, so that what an import's check
    accepts always applies. A partner abroad that is not saved yet is checked as a place.
    """
    exclude = ["latest_revision"]
    messages: list[str] = []
    partner = partnership.partner
    if partner.pk is None:
        exclude.append("partner")
        messages += _validation_messages(partner, exclude=["country"])
    messages += _validation_messages(partnership, exclude=exclude)
    for source in partnership.sources.all():
        messages += _validation_messages(source, exclude=["partnership"])
    return list(dict.fromkeys(messages))


def _validation_messages(instance, *, exclude: list[str]) -> list[str]:
    """full_clean()'s complaints as sentences, each led by the field's name."""
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        if not hasattr(error, "error_dict"):
            return list(error.messages)
        found = []
        for name, messages in error.message_dict.items():
            label = (
                ""
                if name == NON_FIELD_ERRORS
                else f"{capfirst(instance._meta.get_field(name).verbose_name)}: "
            )
            found += [f"{label}{message}" for message in messages]
        return found
    return []


def partnership_save(
    *, partnership: Partnership, user=None, created: bool, validated: bool = False
) -> Partnership:
    """Validate (unless ``validated``: partnership_problems found nothing just now), save
    with sources, and record a revision and a log entry (who, when, what)."""
    if not validated:
        partnership.full_clean(exclude=["latest_revision"])
    partnership.save()
    revision = partnership.save_revision(user=user, log_action=False, clean=False)  # validated
    # With its revision, the history can compare this version with any other.
    log(
        instance=partnership,
        action="wagtail.create" if created else "wagtail.edit",
        user=user,
        revision=revision,
        content_changed=True,
    )
    return partnership


def partnership_import_csv(
    *,
    text: str,
    dry_run: bool = False,
    user=None,
    progress: Callable[[int, int], None] | None = None,
    skip_problem_rows: bool = False,
) -> ImportReport:
    """Import partnerships from CSV text. All or nothing: with any problem, nothing is
    written (unless `skip_problem_rows`, which the shipped demo data uses and reports)."""
    return partnership_import_parsed(
        parsed=parse_file(text, progress=progress),
        dry_run=dry_run,
        user=user,
        skip_problem_rows=skip_problem_rows,
    )


def partnership_import_parsed(
    *, parsed: ParsedFile, dry_run: bool = False, user=None, skip_problem_rows: bool = False
) -> ImportReport:
    """The second half of an import, for a file already parsed (see csv_import.parse_steps)."""
    report = ImportReport(total=parsed.total, problems=parsed.problems, dry_run=dry_run)
    if parsed.problems:
        report.skipped_lines = sorted({p.line for p in parsed.problems})
        if not skip_problem_rows:
            return report
    japan_ids = {row.japan_side.pk for row in parsed.rows}
    existing: dict[tuple, list[Partnership]] = {}
    for p in (
        Partnership.objects.filter(japan_side_id__in=japan_ids)
        .select_related("partner__country")
        .prefetch_related("sources")
    ):
        existing.setdefault((p.japan_side_id, place_key(p.partner)), []).append(p)

    with transaction.atomic():
        for row in parsed.rows:
            match = _match(row, existing)
            if match is None:
                candidate = _new(row)
                if _refused(report, row, candidate):
                    continue
                report.created += 1
                report.actions.append((row.line, "create", row, []))
                if not dry_run:
                    if row.partner.pk is None and row.partner.kind == PlaceKind.OTHER:
                        candidate.partner = place_other_get_or_create(
                            country=row.partner.country, name_en=row.partner.name_en
                        )
                    partnership = partnership_save(
                        partnership=candidate, user=user, created=True, validated=True
                    )
                    report.touched_ids.append(partnership.pk)
                    existing.setdefault(
                        (partnership.japan_side_id, place_key(partnership.partner)), []
                    ).append(partnership)
                else:
                    existing.setdefault((row.japan_side.pk, place_key(row.partner)), []).append(
                        candidate
                    )
                continue
            before, sources_before = _snapshot(match), len(match.sources.all())
            if not _merge(match, row):
                report.unchanged += 1
                report.actions.append((row.line, "unchanged", row, []))
                continue
            if _refused(report, row, match):
                continue
            report.updated += 1
            changes = _changes(before, match, len(match.sources.all()) - sources_before)
            report.actions.append((row.line, "update", row, changes))
            if not dry_run:
                partnership_save(partnership=match, user=user, created=False, validated=True)
                report.touched_ids.append(match.pk)
        if dry_run or (report.problems and not skip_problem_rows):
            transaction.set_rollback(True)
    if report.problems and not skip_problem_rows:
        report.skipped_lines = sorted({p.line for p in report.problems})
        report.touched_ids = []
        return report
    report.skipped_lines = sorted({p.line for p in report.problems})
    report.applied = not dry_run
    return report


def _refused(report: ImportReport, row: ParsedRow, candidate: Partnership) -> bool:
    """Record why the database would refuse this row's record, if it would."""
    messages = partnership_problems(candidate)
    for message in messages:
        report.problems.append(RowProblem(row.line, "*", message))
    return bool(messages)


SEED_DIR = Path(__file__).resolve().parent / "data"
SEED_FILES = ("jp_cn_enwiki.csv", "jp_cn_dated.csv", "jp_world_enwiki.csv")


def partnerships_load_seed(
    *, progress: Callable[[int, int], None] | None = None
) -> dict[str, ImportReport]:
    """Load the shipped seed files (Wikipedia pairs, then the dated harvest merged into
    them by pair, then Japan's pairs with other countries). Rows whose names do not
    resolve are skipped and reported; running it again changes nothing."""
    return {
        name: partnership_import_csv(
            text=(SEED_DIR / name).read_text(encoding="utf-8"),
            progress=progress,
            skip_problem_rows=True,
        )
        for name in SEED_FILES
    }

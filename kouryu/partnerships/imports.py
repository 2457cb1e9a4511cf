"""The admin's registry import, as background work: upload, check with progress, apply once.

Each step is a service; the checking and the importing run as tasks (tasks.py), so that
no web worker waits for a large file. An upload is private to its uploader and expires
after IMPORT_VALID_FOR.
"""

import datetime
import logging
from typing import Any

from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kouryu.partnerships.csv_import import parse_steps
from kouryu.partnerships.import_models import RegistryImport
from kouryu.partnerships.services import ImportReport, partnership_import_parsed

logger = logging.getLogger(__name__)

IMPORT_VALID_FOR = datetime.timedelta(days=1)
PREVIEW_ROWS = 200
# Progress is written this often (in rows), so that a large file costs few writes.
PROGRESS_EVERY = 0.01


class ImportUnavailable(Exception):
    """An import that this user cannot open or apply; the message says why, for them."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def registry_import_create(*, user, file_name: str, text: str) -> RegistryImport:
    """Keep an upload and have it checked in the background."""
    from kouryu.partnerships.tasks import registry_import_check_task

    now = timezone.now()
    registry_import = RegistryImport.objects.create(
        uploaded_by=user,
        file_name=file_name[:255],
        text=text,
        created_at=now,
        expires_at=now + IMPORT_VALID_FOR,
    )
    transaction.on_commit(lambda: registry_import_check_task.enqueue(str(registry_import.pk)))
    return registry_import


def registry_import_get_for_user(*, import_id, user) -> RegistryImport:
    """The upload, if it is this user's and still valid; ImportUnavailable otherwise."""
    try:
        registry_import = RegistryImport.objects.get(pk=import_id)
    except (RegistryImport.DoesNotExist, ValueError, TypeError):
        raise ImportUnavailable(
            _("This import does not exist any more. Upload the file again.")
        ) from None
    if registry_import.uploaded_by_id != user.pk:
        raise ImportUnavailable(
            _("This import was uploaded by someone else. Upload the file yourself to import it.")
        )
    if registry_import.is_expired and registry_import.status != RegistryImport.Status.APPLIED:
        raise ImportUnavailable(
            _("This import has expired (uploads are kept for one day). Upload the file again.")
        )
    return registry_import


def _summary(report: ImportReport) -> dict[str, Any]:
    return {
        "total": report.total,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "problems": [
            {"line": p.line, "column": p.column, "message": p.message} for p in report.problems
        ],
        "preview": [
            {
                "line": line,
                "action": action,
                "japan": row.japan_side.display_name(),
                "partner": row.partner.display_name(),
                "country": row.partner.country.code,
                "date": row.agreed_on.isoformat() if row.agreed_on else "",
                "changes": [
                    {"field": c.field, "before": c.before, "after": c.after} for c in changes
                ],
            }
            for line, action, row, changes in report.actions[:PREVIEW_ROWS]
            if action != "unchanged"
        ],
    }


def registry_import_check(*, import_id) -> RegistryImport:
    """Check an upload in full, recording progress as it goes; nothing is written to the
    registry. The result and a preview of every change are kept with the upload."""
    registry_import = RegistryImport.objects.get(pk=import_id)
    if registry_import.status != RegistryImport.Status.CHECKING:
        return registry_import
    try:
        steps, last = parse_steps(registry_import.text), -1
        while True:
            try:
                done, total = next(steps)
            except StopIteration as finished:
                parsed = finished.value
                break
            step = max(1, int(total * PROGRESS_EVERY))
            if done == total or done // step != last:
                last = done // step
                RegistryImport.objects.filter(pk=registry_import.pk).update(done=done, total=total)
        report = partnership_import_parsed(
            parsed=parsed, dry_run=True, user=registry_import.uploaded_by
        )
    except ValueError as error:  # a file that cannot be read at all
        summary: dict[str, Any] = {
            "total": 0,
            "created": 0,
            "updated": 0,
            "unchanged": 0,
            "preview": [],
        }
        summary["problems"] = [{"line": 0, "column": "*", "message": str(error)}]
    else:
        summary = _summary(report)
    registry_import.refresh_from_db()
    registry_import.report = summary
    registry_import.total = summary["total"]
    registry_import.done = summary["total"]
    registry_import.status = RegistryImport.Status.CHECKED
    registry_import.save(update_fields=["report", "total", "done", "status"])
    return registry_import


def registry_import_apply_request(*, registry_import: RegistryImport, user) -> RegistryImport:
    """Queue a checked, clean upload for import, once: a second click finds it queued."""
    from kouryu.partnerships.tasks import registry_import_apply_task

    with transaction.atomic():
        locked = RegistryImport.objects.select_for_update().get(pk=registry_import.pk)
        if locked.status in (RegistryImport.Status.APPLYING, RegistryImport.Status.APPLIED):
            raise ImportUnavailable(_("This import was already applied."))
        if not locked.can_apply:
            raise ImportUnavailable(_("This file has problems or nothing to import."))
        locked.status = RegistryImport.Status.APPLYING
        locked.message = ""
        locked.save(update_fields=["status", "message"])
        transaction.on_commit(lambda: registry_import_apply_task.enqueue(str(locked.pk), user.pk))
    return locked


def registry_import_apply(*, import_id, user_id: int | None = None) -> RegistryImport:
    """Import an upload in one transaction, checked again against the registry as it is now.

    If anything refuses it, nothing is written, the upload is kept, and the message says why.
    """
    registry_import = RegistryImport.objects.select_related("uploaded_by").get(pk=import_id)
    if registry_import.status != RegistryImport.Status.APPLYING:
        return registry_import
    user = registry_import.uploaded_by
    message = ""
    try:
        with transaction.atomic():
            report = partnership_import_parsed(
                parsed=_parse(registry_import.text), dry_run=False, user=user
            )
            if not report.ok:
                raise _Refused(report)
    except _Refused as refused:
        message = _(
            "The registry changed since the check, and the file no longer imports cleanly: "
            "%(problem)s Nothing was written."
        ) % {"problem": str(refused.report.problems[0])}
        registry_import.report = _summary(refused.report)
    except (ValueError, DatabaseError) as error:
        logger.warning("registry import %s refused: %s", registry_import.pk, error)
        message = _(
            "The database refused the import (%(error)s). Nothing was written; the upload is kept."
        ) % {"error": error}
    if message:
        registry_import.status = RegistryImport.Status.CHECKED
        registry_import.message = message
        registry_import.save(update_fields=["status", "message", "report"])
        return registry_import
    registry_import.status = RegistryImport.Status.APPLIED
    registry_import.applied_at = timezone.now()
    registry_import.result = {
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "touched_ids": report.touched_ids,
    }
    registry_import.text = ""  # the file has done its work; the records keep their history
    registry_import.save(update_fields=["status", "applied_at", "result", "text"])
    return registry_import


class _Refused(Exception):
    def __init__(self, report: ImportReport):
        super().__init__("refused")
        self.report = report


def _parse(text: str):
    steps = parse_steps(text)
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


def registry_imports_expire(*, now: datetime.datetime | None = None) -> int:
    """Delete uploads a day old; imported records keep their own history."""
    now = now or timezone.now()
    deleted, _counts = (
        RegistryImport.objects.filter(expires_at__lte=now)
        .exclude(status=RegistryImport.Status.APPLYING)
        .delete()
    )
    return deleted

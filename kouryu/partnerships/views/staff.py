"""Staff views of the registry: CSV import with a preview, in the Wagtail admin."""

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kouryu.partnerships.forms import PartnershipImportForm
from kouryu.partnerships.services import partnership_import_csv

PREVIEW_DIR = Path(settings.MEDIA_ROOT) / "registry-imports"
PREVIEW_ROWS = 200


def _require(request):
    if not request.user.has_perm("partnerships.add_partnership"):
        raise PermissionDenied


def _pending_path(token: str) -> Path | None:
    try:
        return PREVIEW_DIR / f"{uuid.UUID(token)}.csv"
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
def import_upload(request):
    """Step 1: upload a file; it is checked in full and previewed, nothing is written."""
    _require(request)
    form = PartnershipImportForm(request.POST or None, request.FILES or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["file"]
        try:
            report = partnership_import_csv(text=text, dry_run=True, user=request.user)
        except ValueError as err:
            form.add_error("file", str(err))
        else:
            token = ""
            if report.ok:
                PREVIEW_DIR.mkdir(parents=True, exist_ok=True)
                token = str(uuid.uuid4())
                _pending_path(token).write_text(text, encoding="utf-8")
            context.update(report=report, token=token, preview=report.actions[:PREVIEW_ROWS])
    return TemplateResponse(request, "partnerships/staff/import.html", context)


@require_http_methods(["POST"])
def import_apply(request):
    """Step 2: apply a previewed file, once. The file is checked again against the
    registry as it is now, and written in one transaction or not at all."""
    _require(request)
    path = _pending_path(request.POST.get("token", ""))
    if path is None or not path.exists():
        messages.error(
            request,
            _(
                "This import was already applied, or its preview has expired. Upload the file again."
            ),
        )
        return redirect("partnerships_import")
    text = path.read_text(encoding="utf-8")
    path.unlink()
    report = partnership_import_csv(text=text, user=request.user)
    if not report.ok:
        messages.error(
            request,
            _(
                "The registry changed since the preview, and the file no longer imports cleanly. Nothing was written."
            ),
        )
        return TemplateResponse(
            request,
            "partnerships/staff/import.html",
            {"form": PartnershipImportForm(), "report": report},
        )
    messages.success(
        request,
        _("Import done: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
        % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged},
    )
    return redirect("wagtailsnippets_partnerships_partnership:list")

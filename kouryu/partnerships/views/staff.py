"""Staff views of the registry: CSV import in the Wagtail admin.

Upload → the whole file is checked while a progress bar runs (the check is streamed to
the browser row by row) → the result and a preview → one confirmation applies it.
"""

import json
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from kouryu.partnerships.csv_import import parse_steps, read_rows
from kouryu.partnerships.forms import PartnershipImportForm
from kouryu.partnerships.services import partnership_import_csv, partnership_import_parsed

PREVIEW_DIR = Path(settings.MEDIA_ROOT) / "registry-imports"
PREVIEW_ROWS = 200


def _require(request):
    if not request.user.has_perm("partnerships.add_partnership"):
        raise PermissionDenied


def _path(token: str, suffix: str) -> Path | None:
    try:
        return PREVIEW_DIR / f"{uuid.UUID(str(token))}.{suffix}"
    except ValueError:
        return None


@require_http_methods(["GET", "POST"])
def import_upload(request):
    """Step 1: upload a file. It is checked in full, with a progress bar; nothing is written."""
    _require(request)
    form = PartnershipImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["file"]
        try:
            read_rows(text)  # a bad header or an oversized file is answered at once
        except ValueError as err:
            form.add_error("file", str(err))
        else:
            token = str(uuid.uuid4())
            PREVIEW_DIR.mkdir(parents=True, exist_ok=True)
            _path(token, "csv").write_text(text, encoding="utf-8")
            return StreamingHttpResponse(
                _check_stream(request, token, text, translation.get_language()),
                content_type="text/html; charset=utf-8",
            )
    return TemplateResponse(request, "partnerships/staff/import.html", {"form": form})


def _check_stream(request, token: str, text: str, language: str):
    """The check, streamed: a page with a progress bar, one update per percent, then
    the browser is sent on to the result."""
    with translation.override(language):
        yield render_to_string(
            "partnerships/staff/import_progress.html", {"request": request}, request=request
        )
        steps, last = parse_steps(text), -1
        while True:
            try:
                done, total = next(steps)
            except StopIteration as finished:
                parsed = finished.value
                break
            percent = done * 100 // max(total, 1)
            if percent != last:
                last = percent
                yield f"<script>kouryuProgress({done}, {total});</script>\n"
        report = partnership_import_parsed(parsed=parsed, dry_run=True, user=request.user)
        _path(token, "json").write_text(json.dumps(_summary(report)), encoding="utf-8")
        if not report.ok:
            _path(token, "csv").unlink(missing_ok=True)
        url = reverse("partnerships_import_result", args=[token])
        label = _("Show the result")
        yield (
            f'<script>window.location.replace("{url}");</script>'
            f'<noscript><p><a href="{url}">{label}</a></p></noscript></body></html>'
        )


def _summary(report) -> dict:
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
            }
            for line, action, row in report.actions[:PREVIEW_ROWS]
        ],
    }


@require_http_methods(["GET"])
def import_result(request, token):
    """Step 2: the result of the check, and the button that applies a clean file."""
    _require(request)
    result = _path(token, "json")
    if result is None or not result.exists():
        raise Http404(_("This check has expired. Upload the file again."))
    report = json.loads(result.read_text(encoding="utf-8"))
    pending = _path(token, "csv")
    context = {
        "form": PartnershipImportForm(),
        "report": report,
        "preview": report["preview"],
        "token": token if pending.exists() and not report["problems"] else "",
    }
    return TemplateResponse(request, "partnerships/staff/import.html", context)


@require_http_methods(["POST"])
def import_apply(request):
    """Step 3: apply a checked file, once. It is checked again against the registry as
    it is now, and written in one transaction or not at all."""
    _require(request)
    path = _path(request.POST.get("token", ""), "csv")
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
        return redirect("partnerships_import")
    messages.success(
        request,
        _("Import done: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
        % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged},
    )
    return redirect("wagtailsnippets_partnerships_partnership:list")

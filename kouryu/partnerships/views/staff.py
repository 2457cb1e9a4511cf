"""Staff views of the registry: the CSV import in the Wagtail admin.

Upload → the file is checked in the background (a task) while the page shows its
progress → the result, with every problem or a preview of every change → one
confirmation imports it, also in the background → a link to the records it touched.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from kouryu.partnerships.csv_import import read_rows
from kouryu.partnerships.forms import PartnershipImportForm
from kouryu.partnerships.imports import (
    ImportUnavailable,
    registry_import_apply_request,
    registry_import_create,
    registry_import_get_for_user,
)
from kouryu.partnerships.models import Partnership


def _require(request):
    if not request.user.has_perm("partnerships.add_partnership"):
        raise PermissionDenied


def _get(request, import_id):
    try:
        return registry_import_get_for_user(import_id=import_id, user=request.user)
    except ImportUnavailable as error:
        messages.error(request, error.message)
        return None


@require_http_methods(["GET", "POST"])
def import_upload(request):
    """Step 1: upload a file; a bad header or an oversized file is answered at once."""
    _require(request)
    form = PartnershipImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["file"]
        try:
            read_rows(text)
        except ValueError as err:
            form.add_error("file", str(err))
        else:
            registry_import = registry_import_create(
                user=request.user, file_name=request.FILES["file"].name, text=text
            )
            return redirect("partnerships_import_result", registry_import.pk)
    return TemplateResponse(request, "partnerships/staff/import.html", {"form": form})


@require_http_methods(["GET"])
def import_result(request, token):
    """Step 2: the check's progress, then its result and the button that imports a clean file."""
    _require(request)
    registry_import = _get(request, token)
    if registry_import is None:
        return redirect("partnerships_import")
    touched = []
    if registry_import.status == registry_import.Status.APPLIED:
        ids = registry_import.result.get("touched_ids", [])
        touched = list(
            Partnership.objects.filter(pk__in=ids[:200]).select_related("japan_side", "partner")
        )
    context = {
        "form": PartnershipImportForm(),
        "registry_import": registry_import,
        "report": registry_import.report or None,
        "preview": (registry_import.report or {}).get("preview", []),
        "touched": touched,
        "status_url": reverse("partnerships_import_status", args=[registry_import.pk]),
    }
    return TemplateResponse(request, "partnerships/staff/import.html", context)


@require_http_methods(["GET"])
def import_status(request, token):
    """The progress of a check or an import, for the page's progress bar."""
    _require(request)
    try:
        registry_import = registry_import_get_for_user(import_id=token, user=request.user)
    except ImportUnavailable as error:
        return JsonResponse({"error": error.message}, status=404)
    return JsonResponse(
        {
            "status": registry_import.status,
            "done": registry_import.done,
            "total": registry_import.total,
            "running": registry_import.is_running,
        }
    )


@require_http_methods(["POST"])
def import_apply(request, token):
    """Step 3: import a checked file, once; it is checked again against the registry as it
    is now, and written in one transaction or not at all."""
    _require(request)
    registry_import = _get(request, token)
    if registry_import is None:
        return redirect("partnerships_import")
    try:
        registry_import_apply_request(registry_import=registry_import, user=request.user)
    except ImportUnavailable as error:
        messages.warning(request, error.message)
    return redirect("partnerships_import_result", registry_import.pk)

"""Staff view: which pages are missing a translation, or have one that is out of date."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from kouryu.publishing.selectors import translation_status


def translation_report(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    only_open = request.GET.get("open") == "1"
    locales, rows = translation_status(only_needing_work=only_open)
    return TemplateResponse(
        request,
        "publishing/staff/translation_report.html",
        {"locales": locales, "rows": rows, "only_open": only_open},
    )

"""Small views the whole site shares."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language


def admin_login_redirect(request, *, to: str):
    """Wagtail's login and password-reset addresses, sent on to the site's own (allauth)."""
    target = reverse(to)
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{target}?{urlencode({'next': next_url})}")


MANUAL_DIR = settings.BASE_DIR / "docs"


def manual_path(language: str):
    """The staff manual in a language (docs/staff-manual.<lang>.md), else the English one."""
    translated = MANUAL_DIR / f"staff-manual.{language}.md"
    return translated if translated.exists() else MANUAL_DIR / "staff-manual.md"


def staff_manual(request):
    """The office's own manual, in the admin, in the user's language."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    from markdown_it import MarkdownIt

    path = manual_path(get_language())
    html = MarkdownIt("commonmark").enable("table").render(path.read_text(encoding="utf-8"))
    return TemplateResponse(request, "core/admin/manual.html", {"manual": mark_safe(html)})  # noqa: S308 - our own docs

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


def markdown_html(text: str) -> str:
    """Our own Markdown (manuals, guides) as HTML."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(text)


def localized_file(folder, stem: str, language: str):
    """``<stem>.<language>.md`` in ``folder``, else ``<stem>.md`` (English), else None."""
    for name in (f"{stem}.{language}.md", f"{stem}.md"):
        if (folder / name).exists():
            return folder / name
    return None


def manual_path(language: str):
    """The staff manual in a language (docs/staff-manual.<lang>.md), else the English one."""
    return localized_file(MANUAL_DIR, "staff-manual", language)


def manual_text(language: str) -> str:
    """The staff manual, then each installed app's part of it: ``<app>/manual/staff.<lang>.md``
    (an app brings its own chapter, in the apps' order)."""
    from pathlib import Path

    from django.apps import apps

    parts = [manual_path(language).read_text(encoding="utf-8")]
    for config in apps.get_app_configs():
        chapter = localized_file(Path(config.path) / "manual", "staff", language)
        if chapter is not None:
            parts.append(chapter.read_text(encoding="utf-8"))
    return "\n\n".join(parts)


def staff_manual(request):
    """The office's own manual, in the admin, in the user's language."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    html = markdown_html(manual_text(get_language()))
    return TemplateResponse(request, "core/admin/manual.html", {"manual": mark_safe(html)})  # noqa: S308 - our own docs

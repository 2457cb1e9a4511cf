"""Staff newsletter views: compose a digest from recent articles, queue it, and watch it go out."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST

from kouryu.publishing.models import Edition, Subscriber
from kouryu.publishing.newsletter import (
    NewsletterError,
    edition_compose_recent,
    edition_compose_since,
    edition_preview,
    edition_progress,
    edition_queue,
    edition_send_test,
)

PERMISSION = "publishing.change_edition"


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def edition_edit_url(edition: Edition) -> str:
    return reverse("wagtailsnippets_publishing_edition:edit", args=[edition.pk])


@require_http_methods(["GET", "POST"])
def compose(request):
    _check(request)
    if request.method == "POST":
        try:
            edition = edition_compose_recent(by=request.user)
        except NewsletterError as error:
            messages.error(request, error.message)
            return redirect("publishing_newsletter_compose")
        messages.success(
            request,
            _("Draft created with %(count)d articles. Check it, then send it.")
            % {"count": len(edition.items)},
        )
        return redirect(edition_edit_url(edition))
    return TemplateResponse(
        request,
        "publishing/staff/newsletter_compose.html",
        {"since": edition_compose_since()},
    )


@require_http_methods(["GET", "POST"])
def send(request, edition_id):
    _check(request)
    edition = get_object_or_404(Edition, pk=edition_id)
    if request.method == "POST":
        try:
            count = edition_queue(edition=edition, by=request.user)
        except NewsletterError as error:
            messages.warning(request, error.message)
        else:
            messages.success(request, _("Queued for %(count)d subscribers.") % {"count": count})
        return redirect("publishing_newsletter_progress", edition.pk)
    by_language = dict(
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
        .values_list("language")
        .annotate(n=Count("id"))
    )
    languages = [
        (label, by_language.get(code, 0))
        for code, label in Subscriber._meta.get_field("language").choices
    ]
    return TemplateResponse(
        request,
        "publishing/staff/newsletter_send.html",
        {
            "edition": edition,
            "preview_language": _preview_language(request, request.GET),
            "site_languages": settings.LANGUAGES,
            "languages": languages,
            "total": sum(by_language.values()),
            "edit_url": edition_edit_url(edition),
        },
    )


def _preview_language(request, source) -> str:
    codes = [code for code, _label in settings.LANGUAGES]
    language = source.get("language", "")
    return language if language in codes else codes[0]


@xframe_options_sameorigin
def preview(request, edition_id, language):
    """The edition's email in one language, as its subscribers will see it (in a frame)."""
    _check(request)
    edition = get_object_or_404(Edition, pk=edition_id)
    if language not in dict(settings.LANGUAGES):
        raise Http404
    message = edition_preview(edition=edition, language=language)
    html = next((body for body, kind in message.alternatives if kind == "text/html"), "")
    return HttpResponse(html or message.body)


@require_POST
def send_test(request, edition_id):
    """Send the edition to the staff member themselves, in the language they pick."""
    _check(request)
    edition = get_object_or_404(Edition, pk=edition_id)
    language = _preview_language(request, request.POST)
    try:
        edition_send_test(edition=edition, language=language, to=request.user.email)
    except NewsletterError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("A test in %(language)s is on its way to %(email)s.")
            % {"language": dict(settings.LANGUAGES)[language], "email": request.user.email},
        )
    return redirect(
        f"{reverse('publishing_newsletter_send', args=[edition.pk])}?language={language}"
    )


def progress(request, edition_id):
    _check(request)
    edition = get_object_or_404(Edition, pk=edition_id)
    counts = edition_progress(edition=edition)
    return TemplateResponse(
        request,
        "publishing/staff/newsletter_progress.html",
        {
            "edition": edition,
            "counts": counts,
            "running": edition.status in (Edition.Status.QUEUED, Edition.Status.SENDING),
            "failures": edition.deliveries.filter(status="failed")
            .select_related("subscriber")
            .order_by("id")[:50],
        },
    )

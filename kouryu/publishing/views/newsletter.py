"""Public newsletter pages: sign-up, confirmation and one-click unsubscribe."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from kouryu.core.throttle import client_key
from kouryu.publishing.newsletter import (
    NewsletterError,
    SubscriberTokenInvalid,
    subscriber_confirm,
    subscriber_get_by_confirm_token,
    subscriber_get_by_unsubscribe_token,
    subscriber_signup_request,
    subscriber_unsubscribe,
)


class SignupForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    # A trap for bots: hidden from people by CSS, so it must come back empty.
    website = forms.CharField(label=_("Leave this field empty"), required=False)


def _invalid_link(request):
    return render(request, "publishing/newsletter/invalid_link.html", status=404)


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.method == "POST":
        form = SignupForm(request.POST)
        if form.is_valid():
            if form.cleaned_data["website"]:
                return redirect("newsletter:signup_done")
            try:
                subscriber_signup_request(
                    email=form.cleaned_data["email"],
                    language=form.cleaned_data["language"],
                    client=client_key(request),
                )
            except ValidationError as error:
                form.add_error("email", error)
            except NewsletterError as error:
                form.add_error(None, error.message)
            else:
                return redirect("newsletter:signup_done")
    else:
        form = SignupForm(initial={"language": translation.get_language()})
    return TemplateResponse(request, "publishing/newsletter/signup.html", {"form": form})


def signup_done(request):
    return TemplateResponse(request, "publishing/newsletter/signup_done.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    # GET only shows a button, so that link scanners in mail systems do not confirm.
    try:
        if request.method == "POST":
            subscriber_confirm(token=token)
            return redirect("newsletter:confirmed")
        subscriber = subscriber_get_by_confirm_token(token=token)
    except SubscriberTokenInvalid:
        return _invalid_link(request)
    return TemplateResponse(
        request, "publishing/newsletter/confirm.html", {"subscriber": subscriber}
    )


def confirmed(request):
    return TemplateResponse(request, "publishing/newsletter/confirmed.html")


@csrf_exempt  # mail clients POST here without a form (RFC 8058 one-click)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button (mail scanners follow links); POST, from it or from a mail
    client's one-click unsubscribe, unsubscribes."""
    try:
        if request.method == "GET":
            subscriber = subscriber_get_by_unsubscribe_token(token=token)
        else:
            subscriber = subscriber_unsubscribe(token=token)
    except SubscriberTokenInvalid:
        return _invalid_link(request)
    with translation.override(subscriber.language):
        if request.method == "GET":
            return render(
                request, "publishing/newsletter/unsubscribe.html", {"subscriber": subscriber}
            )
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(_("You have been unsubscribed."), content_type="text/plain")
        return render(request, "publishing/newsletter/unsubscribed.html")

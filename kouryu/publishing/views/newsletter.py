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

from kouryu.publishing.newsletter import (
    SubscriberTokenInvalid,
    subscriber_confirm,
    subscriber_get_by_token,
    subscriber_subscribe,
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
                subscriber_subscribe(
                    email=form.cleaned_data["email"], language=form.cleaned_data["language"]
                )
            except ValidationError as error:
                form.add_error("email", error)
            except OSError:
                form.add_error(
                    None,
                    _("We could not send the confirmation email just now. Please try again later."),
                )
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
        subscriber = subscriber_get_by_token(token=token)
    except SubscriberTokenInvalid:
        return _invalid_link(request)
    return TemplateResponse(
        request, "publishing/newsletter/confirm.html", {"subscriber": subscriber}
    )


def confirmed(request):
    return TemplateResponse(request, "publishing/newsletter/confirmed.html")


@csrf_exempt  # mail clients POST here without a form (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriber_unsubscribe(token=token)
    except SubscriberTokenInvalid:
        return _invalid_link(request)
    if request.method == "POST":
        return HttpResponse(_("You have been unsubscribed."), content_type="text/plain")
    with translation.override(subscriber.language):
        return render(request, "publishing/newsletter/unsubscribed.html")

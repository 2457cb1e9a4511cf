"""The public side, served through the event pages' routes: lists, the event page with its
form, the feed and calendars, and the link to cancel or change a registration."""

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from kouryu.core import pagecache
from kouryu.core.i18n import locale_active
from kouryu.core.throttle import HOUR, client_key, throttle_allow
from kouryu.events import botcheck, ics, selectors, services
from kouryu.events.forms import RegistrationForm, attendee_formset
from kouryu.events.models import Attendee, EventIndexPage, EventPage

# Registrations a client may send in an hour (a delegation's secretary registers a few).
CLIENT_LIMIT = 20


def _language() -> str:
    language = get_language() or "ja"
    return "zh-hans" if language.startswith("zh") else language


def event_list(request, *, index: EventIndexPage, past: bool):
    locale = locale_active()
    if past:
        events = selectors.event_past(index=index, locale=locale)
        page = Paginator(events, 20).get_page(request.GET.get("page"))
    else:
        page = selectors.event_upcoming(index=index, locale=locale)
    response = index.render(
        request,
        context_overrides={
            "events": page,
            "past": past,
            "index_url": index.url,
        },
    )
    _keep_until(response, [time for event in page for time in (event.starts_at, event.ends_at)])
    return response


def _people_count(request, event: EventPage) -> int:
    try:
        wanted = int(request.GET.get("people", 1))
    except (TypeError, ValueError):
        wanted = 1
    return max(1, min(wanted, event.original().max_group_size))


def _form_context(request, event: EventPage, form=None, formset=None, status=200):
    language = _language()
    original = event.original()
    people = _people_count(request, event)
    if form is None:
        form = RegistrationForm(event=event, language=language)
    if formset is None:
        formset = attendee_formset(original)(
            prefix="people",
            initial=[{} for _n in range(people)],
            questions=form.person_questions(),
            language=language,
        )
    a, b, token = botcheck.question_new()
    response = event.render(
        request,
        context_overrides={
            "seats": selectors.event_seats(event=event, language=language),
            "form": form,
            "formset": formset,
            "people_choices": range(1, original.max_group_size + 1),
            "people": formset.total_form_count(),
            "registration_open": original.registration_open(),
            "keep_days": original.kind.keep_days,
            "altcha_challenge": json.dumps(botcheck.challenge_new()),
            "altcha_strings": json.dumps(botcheck.widget_strings(), ensure_ascii=False),
            "question": {"a": a, "b": b, "token": token},
            "register_url": event.url + event.reverse_subpage("register"),
            "ics_url": event.url + event.reverse_subpage("ics"),
        },
    )
    response.status_code = status
    if original.registration_open():
        # The form carries this visitor's own bot check and submission key: never shared.
        patch_cache_control(response, private=True)
    else:
        _keep_until(
            response, [original.registration_opens_at, original.starts_at, original.ends_at]
        )
    return response


def _keep_until(response, times) -> None:
    """A shared copy of the page lasts until the next of these times, when it changes by
    itself (registration opens, the event starts or ends)."""
    now = timezone.now()
    future = [moment for moment in times if moment and moment > now]
    if future:
        pagecache.keep_page_for(response, (min(future) - now).total_seconds())


def _with_status(response, status):
    response.status_code = status
    return response


def event_detail(request, *, event: EventPage):
    return _form_context(request, event)


def event_register(request, *, event: EventPage):
    if request.method != "POST":
        return redirect(event.url)
    language = _language()
    original = event.original()
    form = RegistrationForm(request.POST, event=event, language=language)
    formset = attendee_formset(original)(
        request.POST, prefix="people", questions=form.person_questions(), language=language
    )
    if not original.registration_open():
        form.add_error(None, _("Registration for this event is closed."))
        return _form_context(request, event, form, formset, status=400)
    # Counted before the form is checked, so that wrong answers to the bot check count too.
    if not throttle_allow("event-register", client_key(request), limit=CLIENT_LIMIT, per=HOUR):
        form.add_error(None, _("Too many registrations from your connection; please try later."))
        return _form_context(request, event, form, formset, status=429)
    try:
        formset_valid = formset.is_valid()
    except ValidationError:
        # A tampered management form (no count, or a count out of range).
        formset_valid = False
    if not (form.is_valid() and formset_valid):
        if not formset_valid and formset.non_form_errors():
            form.add_error(None, formset.non_form_errors())
        return _form_context(request, event, form, formset, status=400)
    data = form.cleaned_data
    try:
        outcome = services.registration_create(
            event=event,
            contact=services.Contact(
                name=data["contact_name"],
                email=data["email"],
                phone=data.get("phone", ""),
                organisation=data.get("organisation", ""),
            ),
            people=[
                services.Person(name=f.cleaned_data["name"], answers=f.answers())
                for f in formset.forms
            ],
            language=language,
            ticket=data.get("ticket", ""),
            answers=form.answers(),
            split_ok=data.get("split_ok", False),
            submission_key=data["submission_key"],
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _form_context(request, event, form, formset, status=400)
    registration = outcome.registration
    if not outcome.created:
        messages.info(request, _("We already have this registration; it was sent once."))
    elif outcome.waitlisted and not outcome.confirmed:
        messages.warning(
            request,
            _("The event is full: you are on the waiting list. We have sent you an email."),
        )
    else:
        messages.success(request, _("You are registered. We have sent you a confirmation email."))
    token = services.manage_token(registration=registration)
    return redirect(event.url + event.reverse_subpage("manage", kwargs={"token": token}))


@cache_control(private=True, no_store=True)  # one registrant's own data
def registration_manage(request, *, event: EventPage, token: str):
    try:
        registration = services.registration_from_token(token=token)
    except services.LinkInvalid as error:
        message = (
            _("This link has already been used. The latest email we sent you has a new one.")
            if error.reason == "used"
            else _("This link is not valid. Please use the link in your email as it is.")
        )
        return _with_status(
            event.render(
                request,
                template="events/public/manage.html",
                context_overrides={"link_error": message},
            ),
            400 if error.reason == "tampered" else 410,
        )
    if registration.roster.event_key != event.translation_key:
        return _with_status(
            event.render(
                request,
                template="events/public/manage.html",
                context_overrides={"link_error": _("This link belongs to another event.")},
            ),
            400,
        )
    if request.method == "POST":
        ids: list[int] | None = None
        if request.POST.get("scope") != "all":
            try:
                ids = [int(pk) for pk in request.POST.getlist("attendee")[:100]]
            except ValueError:
                ids = []
        try:
            promoted = services.registration_cancel(
                registration=registration, event=event, attendee_ids=ids
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            remaining = registration.attendees.exclude(status=Attendee.Status.CANCELLED).exists()
            return event.render(
                request,
                template="events/public/manage.html",
                context_overrides={
                    "cancelled": True,
                    "remaining": remaining,
                    "promoted": len(promoted),
                    "seats": selectors.event_seats(event=event, language=_language()),
                },
            )
    elif request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    attendees = list(registration.attendees.all())
    active = [a for a in attendees if a.status != Attendee.Status.CANCELLED]
    return event.render(
        request,
        template="events/public/manage.html",
        context_overrides={
            "registration": registration,
            "attendees": attendees,
            "active": active,
            "all_waiting": bool(active)
            and all(a.status == Attendee.Status.WAITLISTED for a in active),
            "position": services.waitlist_position(registration=registration),
            "token": token,
            "seats": selectors.event_seats(event=event, language=_language()),
        },
    )


def event_ics(request, *, event: EventPage):
    response = HttpResponse(ics.event_ics([event]), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def event_calendar(request, *, index: EventIndexPage):
    """The upcoming events in this language, as a calendar to subscribe to."""
    events = list(selectors.event_upcoming(index=index, locale=locale_active()))
    response = HttpResponse(
        ics.event_ics(events, name=index.title), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "public, max-age=900"
    return response


def event_feed(request, *, index: EventIndexPage):
    from kouryu.events.feeds import EventFeed

    return EventFeed()(request, index=index)

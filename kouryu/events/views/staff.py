"""The staff side of events, in the Wagtail admin: registrants with their answers and
exports, messages to registrants, the check-in page for phones, and statistics."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, pgettext
from django.utils.translation import gettext as _

from kouryu.core.exports import CSV_BOM, CsvStreamWriter, write_xlsx
from kouryu.events import selectors, services
from kouryu.events.models import Attendee, EventPage, Mailing


def _language() -> str:
    language = get_language() or "ja"
    return "zh-hans" if language.startswith("zh") else language


def event_list(request):
    if not request.user.has_perm("events.view_registration"):
        raise PermissionDenied
    from wagtail.models import Locale

    events = EventPage.objects.filter(locale=Locale.get_default()).order_by("-starts_at")
    rows = [(event, selectors.event_seats(event=event, language=_language())) for event in events]
    return render(request, "events/staff/event_list.html", {"rows": rows})


def _rows(event: EventPage, language: str):
    """One row per person: the contact's details, the registration's answers, theirs."""
    questions = selectors.questions_of(event)
    tickets = {t.key: t.name(language) for t in event.tickets()}
    header = [
        _("Check-in code"),
        _("Registered at"),
        _("Contact name"),
        _("Email address"),
        _("Telephone"),
        _("Organisation"),
        _("Language"),
        _("Ticket type"),
        pgettext("person", "Name"),
        _("Status"),
        _("Checked in at"),
        *[q.label(language) for q in questions],
    ]
    zone = event.zone
    rows = []
    for registration in selectors.registrations_for_staff(event=event):
        for person in registration.attendees.all():
            answers = {**registration.answers, **person.answers}
            rows.append(
                [
                    registration.code,
                    _local(registration.created_at, zone),
                    registration.contact_name,
                    registration.email,
                    registration.phone,
                    registration.organisation,
                    registration.language,
                    tickets.get(registration.ticket, registration.ticket),
                    person.name,
                    person.get_status_display(),
                    _local(person.checked_in_at, zone),
                    *[q.display(answers.get(q.key), language) for q in questions],
                ]
            )
    return header, rows


def _local(value, zone):
    if value is None:
        return None
    return value.astimezone(zone).replace(tzinfo=None, microsecond=0)


def registrants(request, page_id: int):
    event = selectors.event_for_staff(page_id=page_id, user=request.user)
    header, rows = _rows(event, _language())
    mailings = list(Mailing.objects.filter(roster__event_key=event.translation_key)[:20])
    return render(
        request,
        "events/staff/registrants.html",
        {
            "event": event,
            "header": header,
            "rows": rows,
            "seats": selectors.event_seats(event=event, language=_language()),
            "mailings": mailings,
            "sending": any(m.finished_at is None for m in mailings),
            "may_message": request.user.has_perm("events.change_registration"),
        },
    )


def registrants_csv(request, page_id: int):
    event = selectors.event_for_staff(page_id=page_id, user=request.user)
    header, rows = _rows(event, _language())
    writer = CsvStreamWriter()

    def lines():
        yield CSV_BOM
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrants-{event.slug}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def registrants_xlsx(request, page_id: int):
    event = selectors.event_for_staff(page_id=page_id, user=request.user)
    header, rows = _rows(event, _language())
    content = write_xlsx(rows, header=header, title=_("Registrants")[:31])
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="registrants-{event.slug}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


class MailingForm(forms.ModelForm):
    class Meta:
        model = Mailing
        fields = [
            "audience",
            "subject_ja",
            "body_ja",
            "subject_zh",
            "body_zh",
            "subject_en",
            "body_en",
        ]
        widgets = {f"body_{c}": forms.Textarea(attrs={"rows": 5}) for c in ("ja", "zh", "en")}


def message(request, page_id: int):
    event = selectors.event_for_staff(page_id=page_id, user=request.user)
    if not request.user.has_perm("events.change_registration"):
        raise PermissionDenied
    form = MailingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        mailing = services.mailing_create(
            event=event,
            audience=data["audience"],
            subjects={c: data[f"subject_{c}"] for c in ("ja", "zh", "en")},
            bodies={c: data[f"body_{c}"] for c in ("ja", "zh", "en")},
            by=request.user,
        )
        messages.success(
            request,
            _("The message is being sent to %(count)s registrations.") % {"count": mailing.total},
        )
        return redirect("events_registrants", page_id=event.pk)
    return render(request, "events/staff/message.html", {"event": event, "form": form})


# Check-in ------------------------------------------------------------------------------


def _checkin_allowed(request):
    if not request.user.has_perm("events.checkin_registration"):
        raise PermissionDenied


def checkin_choose(request):
    _checkin_allowed(request)
    from wagtail.models import Locale

    today = timezone.now()
    events = EventPage.objects.filter(
        locale=Locale.get_default(),
        ends_at__gte=today - datetime.timedelta(days=1),
        starts_at__lte=today + datetime.timedelta(days=30),
    ).order_by("starts_at")
    return render(request, "events/staff/checkin_choose.html", {"events": events})


CHECKIN_MESSAGES = {
    "checked_in": gettext_lazy("Checked in"),
    "already": gettext_lazy("Already checked in"),
    "unknown": gettext_lazy("Unknown code"),
    "not_confirmed": gettext_lazy("No seat: not confirmed"),
    "other_event": gettext_lazy("This code is for another event"),
}


def checkin(request, page_id: int):
    """A light page for a phone at the door: scan or type the code; JSON for the script."""
    _checkin_allowed(request)
    from django.shortcuts import get_object_or_404

    event = get_object_or_404(EventPage, pk=page_id).original()
    result = None
    if request.method == "POST":
        found = services.checkin(event=event, code=request.POST.get("code", "")[:40])
        zone = event.zone
        result = {
            "status": found.status,
            "message": str(CHECKIN_MESSAGES[found.status]),
            "name": found.registration.contact_name if found.registration else "",
            "people": found.people,
            "at": found.checked_in_at.astimezone(zone).strftime("%H:%M")
            if found.checked_in_at
            else "",
            "code": found.registration.code if found.registration else "",
        }
        if request.headers.get("Accept", "").startswith("application/json"):
            return JsonResponse(result)
    checked = Attendee.objects.filter(
        roster__event_key=event.translation_key, checked_in_at__isnull=False
    ).count()
    confirmed = Attendee.objects.filter(
        roster__event_key=event.translation_key, status=Attendee.Status.CONFIRMED
    ).count()
    return render(
        request,
        "events/staff/checkin.html",
        {"event": event, "result": result, "checked": checked, "confirmed": confirmed},
    )


# Statistics ------------------------------------------------------------------------------


def statistics(request):
    if not request.user.has_perm("events.view_registration"):
        raise PermissionDenied
    stats = selectors.event_statistics(language=_language())
    chart = {
        "events": [[s.label, s.registered, s.attended] for s in stats["events"]],
        "kinds": [[s.label, s.registered, s.attended] for s in stats["kinds"]],
        "labels": {"registered": _("Registered"), "attended": _("Attended")},
    }
    return render(request, "events/staff/statistics.html", {"stats": stats, "chart": chart})

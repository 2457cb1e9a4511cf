"""The staff side of requests, in the Wagtail admin: lists, the case page and its actions."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kouryu.cases import selectors, services
from kouryu.cases.forms import (
    CarBookingForm,
    CaseFilterForm,
    StaffAssignForm,
    StaffMessageForm,
    StaffTransitionForm,
)
from kouryu.cases.models import CarBooking, Membership, Message

VIEW_TITLES = {
    "mine": gettext_lazy("My requests"),
    "unassigned": gettext_lazy("Unassigned requests"),
    "overdue": gettext_lazy("Overdue requests"),
    "due_soon": gettext_lazy("Requests due within two days"),
    "all": gettext_lazy("All requests"),
}


def _staff_only(request):
    if not selectors.is_case_staff(request.user):
        raise PermissionDenied


def case_list(request, view: str = "all"):
    _staff_only(request)
    if view not in VIEW_TITLES:
        view = "all"
    form = CaseFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    cases = selectors.case_list_for_staff(user=request.user, view=view, filters=filters)
    page = Paginator(cases, 50).get_page(request.GET.get("p"))
    return render(
        request,
        "cases/staff/list.html",
        {
            "view": view,
            "title": VIEW_TITLES[view],
            "views": VIEW_TITLES,
            "form": form,
            "page": page,
            "today": timezone.localdate(),
        },
    )


def case_detail(request, case_id: int, *, conflict: str = "", forms: dict | None = None):
    case = selectors.case_get_for_staff(case_id=case_id, user=request.user)
    forms = forms or {}
    initial = {"version": case.version}
    return render(
        request,
        "cases/staff/case.html",
        {
            "case": case,
            "conflict": conflict,
            "reply_form": forms.get("reply")
            or StaffMessageForm(initial={**initial, "kind": Message.Kind.REPLY}),
            "note_form": forms.get("note")
            or StaffMessageForm(initial={**initial, "kind": Message.Kind.NOTE}),
            "assign_form": StaffAssignForm(initial={**initial, "assignee": case.assignee}),
            "transitions": [
                (status, services.Status(status).label)
                for status in services.transitions_allowed(case=case)
            ],
            "today": timezone.localdate(),
            "booking_form": CarBookingForm(),
        },
        status=409 if conflict else (400 if forms else 200),
    )


def _conflict(request, case_id: int, error: services.CaseConflict):
    return case_detail(request, case_id, conflict=error.message)


@require_POST
def case_message(request, case_id: int):
    case = selectors.case_get_for_staff(case_id=case_id, user=request.user)
    form = StaffMessageForm(request.POST, request.FILES)
    kind = request.POST.get("kind")
    if not form.is_valid():
        return case_detail(request, case_id, forms={"note" if kind == "note" else "reply": form})
    try:
        services.message_add(
            case=case,
            by=request.user,
            body=form.cleaned_data["body"],
            kind=form.cleaned_data["kind"],
            files=form.cleaned_data["files"],
            version=form.cleaned_data["version"],
        )
    except services.CaseConflict as error:
        return _conflict(request, case_id, error)
    except ValidationError as error:
        form.add_error(None, error)
        return case_detail(request, case_id, forms={"note" if kind == "note" else "reply": form})
    if form.cleaned_data["kind"] == Message.Kind.NOTE:
        messages.success(request, _("Internal note added. The requester does not see it."))
    else:
        messages.success(request, _("Reply sent to the organisation's members."))
    return redirect("cases_staff_case", case_id)


@require_POST
def case_assign(request, case_id: int):
    case = selectors.case_get_for_staff(case_id=case_id, user=request.user)
    form = StaffAssignForm(request.POST)
    if form.is_valid():
        try:
            services.case_assign(
                case=case,
                assignee=form.cleaned_data["assignee"],
                by=request.user,
                version=form.cleaned_data["version"],
            )
        except services.CaseConflict as error:
            return _conflict(request, case_id, error)
        messages.success(request, _("Assignment saved."))
    return redirect("cases_staff_case", case_id)


@require_POST
def case_transition(request, case_id: int):
    case = selectors.case_get_for_staff(case_id=case_id, user=request.user)
    form = StaffTransitionForm(request.POST)
    if form.is_valid():
        try:
            services.case_transition(
                case=case,
                to=form.cleaned_data["to"],
                by=request.user,
                version=form.cleaned_data["version"],
            )
        except services.CaseConflict as error:
            return _conflict(request, case_id, error)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Status changed."))
    return redirect("cases_staff_case", case_id)


@require_POST
def membership_decide(request, membership_id: int, decision: str):
    if not request.user.has_perm("cases.change_membership"):
        raise PermissionDenied
    membership = get_object_or_404(Membership, pk=membership_id)
    try:
        if decision == "approve":
            services.membership_approve(membership=membership, by=request.user)
            messages.success(request, _("Membership approved."))
        elif decision == "refuse":
            services.membership_refuse(membership=membership, by=request.user)
            messages.success(request, _("Membership refused."))
        elif decision == "end":
            services.membership_end(membership=membership)
            messages.success(request, _("Membership ended: the login no longer sees the cases."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("wagtailsnippets_cases_membership:list")


@require_POST
def car_booking_add(request, case_id: int):
    case = selectors.case_get_for_staff(case_id=case_id, user=request.user)
    form = CarBookingForm(request.POST)
    if form.is_valid():
        try:
            services.car_booking_create(case=case, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The office car is booked."))
    else:
        messages.error(request, _("Give the start and the end of the booking."))
    return redirect("cases_staff_case", case_id)


@require_POST
def car_booking_cancel(request, booking_id: int):
    booking = get_object_or_404(CarBooking, pk=booking_id)
    # The case's own check: only staff who may see the case cancel its bookings.
    case = selectors.case_get_for_staff(case_id=booking.case_id, user=request.user)
    services.car_booking_cancel(booking=booking, by=request.user)
    messages.success(request, _("The booking is cancelled; the car is free at that time."))
    return redirect("cases_staff_case", case.pk)


WEEK = datetime.timedelta(days=7)


def car_calendar(request):
    """The car's bookings, week by week, for staff and the driver."""
    if not request.user.has_perm("cases.view_carbooking"):
        raise PermissionDenied
    try:
        start = datetime.date.fromisoformat(request.GET.get("week", ""))
    except ValueError:
        start = timezone.localdate()
    # A week whose neighbours the page links to: the first and last weeks are left out.
    if not services.FIRST_DATE + WEEK <= start <= services.LAST_DATE - WEEK:
        messages.error(
            request,
            _("The calendar covers %(first)s to %(last)s; this week is shown.")
            % {"first": services.FIRST_DATE.year, "last": services.LAST_DATE.year},
        )
        start = timezone.localdate()
    start -= datetime.timedelta(days=start.weekday())
    days = [start + datetime.timedelta(days=n) for n in range(7)]
    zone = timezone.get_current_timezone()
    begin = datetime.datetime.combine(start, datetime.time.min, zone)
    bookings = list(
        selectors.car_bookings_between(start=begin, end=begin + datetime.timedelta(days=7))
    )
    by_day = [
        (
            day,
            [
                b
                for b in bookings
                if timezone.localdate(b.starts_at) <= day <= timezone.localdate(b.ends_at)
            ],
        )
        for day in days
    ]
    return render(
        request,
        "cases/staff/car_calendar.html",
        {
            "by_day": by_day,
            "previous": start - datetime.timedelta(days=7),
            "next": start + datetime.timedelta(days=7),
            "start": start,
        },
    )


REPORT_YEARS = range(2000, 2101)


def _report_year(request) -> int:
    """The year asked for; this year when none, or one the report cannot cover, is given."""
    try:
        year = int(request.GET.get("year", ""))
    except ValueError:
        return timezone.localdate().year
    if year not in REPORT_YEARS:
        messages.error(
            request,
            _("The report covers the years %(first)s to %(last)s; this year's report is shown.")
            % {"first": REPORT_YEARS[0], "last": REPORT_YEARS[-1]},
        )
        return timezone.localdate().year
    return year


def case_report(request):
    _staff_only(request)
    from kouryu.cases.reports import case_report as build

    year = _report_year(request)
    report = build(year=year)
    chart = {
        "months": [[r.label, r.count] for r in report.months],
        "categories": [[r.label, r.count] for r in report.categories],
        "regions": [[r.label, r.count] for r in report.regions],
        "category_months": [[r.label, r.months] for r in report.category_months],
    }
    return render(
        request,
        "cases/staff/report.html",
        {"report": report, "chart": chart, "previous": year - 1, "next": year + 1},
    )


def case_report_csv(request):
    _staff_only(request)
    from django.http import StreamingHttpResponse

    from kouryu.cases.reports import CSV_HEADER, case_report_rows
    from kouryu.cases.reports import case_report as build
    from kouryu.core.exports import CsvStreamWriter

    year = _report_year(request)
    writer = CsvStreamWriter()
    report = build(year=year)
    lines = [writer.writerow(CSV_HEADER), *(writer.writerow(r) for r in case_report_rows(report))]
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="requests-{year}.csv"'
    return response

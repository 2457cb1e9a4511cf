"""Reads for requests: fetch and check together, so that no view forgets who may look.

A requester sees only the cases of the organisation they are a current, approved member
of, and never an internal note or its files; anything else is a 404, so that a guessed
number does not even reveal that a case exists.
"""

import datetime

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from kouryu.cases.models import (
    OPEN_STATUSES,
    Attachment,
    Case,
    CaseEvent,
    Category,
    Membership,
    Message,
    Organisation,
    RoutingRule,
    region_of,
)

DUE_SOON_DAYS = 2


def is_case_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("cases.change_case"))


def case_handlers():
    """The staff logins that may handle requests (those with the cases' change permission,
    directly, through a group, or as superusers): the only ones a case may be assigned or
    routed to, and emailed about."""
    from django.contrib.auth.models import Permission

    from kouryu.offices.models import StaffAccount

    permission = Permission.objects.filter(
        content_type__app_label="cases", codename="change_case"
    ).first()
    can = Q(user__is_superuser=True)
    if permission is not None:
        can |= Q(user__groups__permissions=permission) | Q(user__user_permissions=permission)
    return StaffAccount.objects.filter(can, user__is_active=True).distinct()


def may_handle_cases(account) -> bool:
    return account is not None and case_handlers().filter(pk=account.pk).exists()


def membership_current(*, user) -> Membership | None:
    """The login's membership that is not ended (pending or approved), if any."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Membership.objects.select_related("organisation")
        .filter(user=user, left_at__isnull=True)
        .exclude(status=Membership.Status.REFUSED)
        .first()
    )


def membership_active(*, user) -> Membership | None:
    membership = membership_current(user=user)
    return membership if membership and membership.is_active else None


def organisation_choices() -> QuerySet[Organisation]:
    return Organisation.objects.filter(confirmed=True).select_related("place")


def category_list() -> QuerySet[Category]:
    return Category.objects.all()


def case_list_for_requester(*, user) -> QuerySet[Case]:
    membership = membership_active(user=user)
    if membership is None:
        return Case.objects.none()
    return Case.objects.filter(organisation_id=membership.organisation_id).select_related(
        "category"
    )


def case_get_for_requester(*, case_id: int, user) -> Case:
    case = case_list_for_requester(user=user).filter(pk=case_id).first()
    if case is None:
        raise Http404
    return case


def case_messages_for_requester(*, case: Case) -> list[Message]:
    """Replies and the requester's own messages, with their files; never a note."""
    return list(
        case.messages.exclude(kind=Message.Kind.NOTE)
        .select_related("author")
        .prefetch_related("attachments")
    )


def case_status_history(*, case: Case) -> list[CaseEvent]:
    return list(case.events.filter(kind__in=[CaseEvent.Kind.CREATED, CaseEvent.Kind.STATUS]))


def attachment_get_for_user(*, attachment_id: int, user) -> Attachment:
    """An attachment the login may read: staff any; a requester their organisation's,
    outside internal notes."""
    attachment = Attachment.objects.select_related("message__case").filter(pk=attachment_id).first()
    if attachment is None:
        raise Http404
    if is_case_staff(user):
        from kouryu.core.mfa import needs_second_factor

        # Staff read requesters' files only after logging in with their second factor, as
        # everywhere in the admin (the file address is outside it).
        if needs_second_factor(user):
            raise Http404
        return attachment
    membership = membership_active(user=user)
    if (
        membership is None
        or attachment.message.case.organisation_id != membership.organisation_id
        or attachment.message.is_note
    ):
        raise Http404
    return attachment


def routing_assignee(*, organisation: Organisation, category: Category):
    """The staff login a new case goes to, by the first matching rule; None: the queue."""
    place = organisation.place
    ancestors = []
    node = place
    while node is not None:
        ancestors.append(node.pk)
        node = node.parent
    region = region_of(place)
    rules = (
        RoutingRule.objects.filter(active=True)
        .filter(Q(category__isnull=True) | Q(category=category))
        .filter(Q(place__isnull=True) | Q(place_id__in=ancestors))
        .filter(Q(region="") | Q(region=region) if region else Q(region=""))
        .select_related("assignee")
        .order_by("priority", "pk")
    )
    # A rule whose login may no longer handle requests routes to the queue, not to it.
    rule = rules.first()
    return rule.assignee if rule and may_handle_cases(rule.assignee) else None


# Staff lists ---------------------------------------------------------------------------

STAFF_VIEWS = ("mine", "unassigned", "overdue", "due_soon", "all")


def case_list_for_staff(
    *, user, view: str = "all", filters: dict | None = None, today: datetime.date | None = None
) -> QuerySet[Case]:
    today = today or timezone.localdate()
    filters = filters or {}
    qs = Case.objects.select_related("organisation", "category", "assignee__user")
    if view == "mine":
        qs = qs.filter(assignee__user=user, status__in=OPEN_STATUSES)
    elif view == "unassigned":
        qs = qs.filter(assignee__isnull=True, status__in=OPEN_STATUSES)
    elif view == "overdue":
        qs = case_overdue(qs, today=today)
    elif view == "due_soon":
        qs = qs.filter(pk__in=case_due_soon(today=today).values("pk"))
    if filters.get("status"):
        qs = qs.filter(status=filters["status"])
    if filters.get("category"):
        qs = qs.filter(category=filters["category"])
    if filters.get("organisation"):
        qs = qs.filter(organisation=filters["organisation"])
    if filters.get("assignee"):
        qs = qs.filter(assignee=filters["assignee"])
    if filters.get("q"):
        qs = _search(qs, filters["q"])
    return qs


def _search(qs: QuerySet[Case], text: str) -> QuerySet[Case]:
    """Subject, description, research question, organisation and messages (notes too:
    this is the staff side), in any script, through the site's one CJK folding."""
    from kouryu.core.folding import fold

    text = text.strip()
    variants = {text, fold(text)} if text else set()
    condition = Q()
    for v in variants:
        condition |= (
            Q(title__icontains=v)
            | Q(description__icontains=v)
            | Q(research_question__icontains=v)
            | Q(organisation__name_ja__icontains=v)
            | Q(organisation__name_zh__icontains=v)
            | Q(organisation__name_en__icontains=v)
            | Q(Exists(Message.objects.filter(case=OuterRef("pk"), body__icontains=v)))
        )
        if v.upper().startswith("R-") and v[2:].isdigit():
            condition |= Q(pk=int(v[2:]))
    return qs.filter(condition) if variants else qs


def case_overdue(qs: QuerySet[Case] | None = None, *, today: datetime.date) -> QuerySet[Case]:
    qs = Case.objects.all() if qs is None else qs
    return qs.filter(status__in=OPEN_STATUSES).filter(
        Q(resolution_due__lt=today)
        | Q(first_responded_at__isnull=True, first_response_due__lt=today)
    )


def case_due_soon(*, today: datetime.date) -> QuerySet[Case]:
    """Open cases whose next deadline is today or within DUE_SOON_DAYS calendar days."""
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    overdue = case_overdue(today=today).values("pk")
    return (
        Case.objects.filter(status__in=OPEN_STATUSES)
        .exclude(pk__in=overdue)
        .filter(
            Q(resolution_due__lte=horizon)
            | Q(first_responded_at__isnull=True, first_response_due__lte=horizon)
        )
    )


def case_get_for_staff(*, case_id: int, user) -> Case:
    if not is_case_staff(user):
        raise Http404
    case = (
        Case.objects.select_related(
            "organisation__place", "category", "assignee__user", "requester"
        )
        .prefetch_related(
            Prefetch("messages", queryset=Message.objects.select_related("author")),
            "messages__attachments",
            Prefetch("events", queryset=CaseEvent.objects.select_related("by", "assignee__user")),
        )
        .filter(pk=case_id)
        .first()
    )
    if case is None:
        raise Http404
    return case


def membership_pending() -> QuerySet[Membership]:
    return Membership.objects.filter(status=Membership.Status.PENDING, left_at__isnull=True)


def car_bookings_between(*, start: datetime.datetime, end: datetime.datetime):
    """The office car's bookings that overlap [start, end), for the calendar."""
    from kouryu.cases.models import CarBooking

    return (
        CarBooking.objects.filter(starts_at__lt=end, ends_at__gt=start)
        .select_related("case__organisation", "created_by")
        .order_by("starts_at")
    )

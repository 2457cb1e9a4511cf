"""Reads of the events app: the public lists, the seats left, registrants and statistics."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from kouryu.core.requestcache import memo
from kouryu.events.models import (
    Attendee,
    EventIndexPage,
    EventKind,
    EventPage,
    Registration,
    Roster,
)

Status = Attendee.Status


NAV_CACHE_KEY = "events:index-url:{language}"


def event_index_url() -> str:
    """The address of the events page in the active language ("" if there is none), kept
    in the cache so that the menu on every page costs no query; kouryu.events.signals
    forgets it when an events page is published, moved, unpublished or deleted."""
    from django.core.cache import cache
    from django.utils.translation import get_language
    from wagtail.coreutils import get_supported_content_language_variant

    language = get_supported_content_language_variant(get_language())
    key = NAV_CACHE_KEY.format(language=language)
    url = cache.get(key)
    if url is None:
        index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
        url = (index.url or "") if index is not None else ""
        cache.set(key, url, 24 * 3600)
    return url


def event_index_url_forget() -> None:
    from django.conf import settings
    from django.core.cache import cache

    cache.delete_many([NAV_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


def event_upcoming(
    *, index: EventIndexPage | None = None, locale: Locale | None = None
) -> QuerySet:
    events = EventPage.objects.live().public().filter(ends_at__gte=timezone.now())
    if index is not None:
        events = events.child_of(index)
    if locale is not None:
        events = events.filter(locale=locale)
    return events.select_related("kind").order_by("starts_at", "pk")


def event_past(*, index: EventIndexPage | None = None, locale: Locale | None = None) -> QuerySet:
    events = EventPage.objects.live().public().filter(ends_at__lt=timezone.now())
    if index is not None:
        events = events.child_of(index)
    if locale is not None:
        events = events.filter(locale=locale)
    return events.select_related("kind").order_by("-starts_at", "-pk")


@dataclass
class Seats:
    """Seats of one pool: the whole event or one ticket type."""

    key: str
    name: str
    capacity: int | None
    taken: int
    waiting: int

    @property
    def left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    @property
    def full(self) -> bool:
        return self.left == 0


def event_seats(*, event: EventPage, language: str | None = None) -> list[Seats]:
    """The event's seats, and for each ticket type its own (in at most three queries)."""
    original = event.original()
    counts = {
        (row["ticket"], row["status"]): row["n"]
        for row in Attendee.objects.filter(roster__event_key=original.translation_key)
        .exclude(status=Status.CANCELLED)
        .values("ticket", "status")
        .annotate(n=Count("pk"))
    }
    taken = sum(n for (_t, status), n in counts.items() if status == Status.CONFIRMED)
    waiting = sum(n for (_t, status), n in counts.items() if status == Status.WAITLISTED)
    pools = []
    tickets = original.tickets()
    if original.capacity is not None or not tickets:
        pools.append(Seats("", "", original.capacity, taken, waiting))
    for ticket in tickets:
        pools.append(
            Seats(
                ticket.key,
                ticket.name(language),
                ticket.capacity,
                counts.get((ticket.key, Status.CONFIRMED), 0),
                counts.get((ticket.key, Status.WAITLISTED), 0),
            )
        )
    return pools


def registrations_for_staff(*, event: EventPage) -> QuerySet:
    return (
        Registration.objects.filter(roster__event_key=event.original().translation_key)
        .prefetch_related("attendees")
        .order_by("created_at", "pk")
    )


def event_for_staff(*, page_id: int, user) -> EventPage:
    """The event, for a user who may see its registrants; raises PermissionDenied or 404."""
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import get_object_or_404

    if not user.has_perm("events.view_registration"):
        raise PermissionDenied
    return get_object_or_404(EventPage, pk=page_id).original()


def questions_of(event: EventPage) -> list:
    """The questions of the event's kind, read once per request."""
    kind = event.original().kind
    return memo(("events:questions", kind.pk), lambda: list(kind.questions.all()))


@dataclass
class StatRow:
    label: str
    registered: int
    attended: int
    cancelled: int
    events: int = 1

    @property
    def no_show_rate(self) -> float | None:
        if not self.registered:
            return None
        return round(100 * (self.registered - self.attended) / self.registered, 1)


def event_statistics(*, language: str | None = None) -> dict[str, Any]:
    """Per event (originals, oldest first) and per kind: people registered with a seat,
    people who came, cancellations, and the no-show rate (past events only count for it)."""
    default = Locale.get_default()
    events = list(
        EventPage.objects.filter(locale=default).select_related("kind").order_by("starts_at")
    )
    rosters = {r.event_key: r.pk for r in Roster.objects.all()}
    counts: dict[int, dict[str, Any]] = {
        row["roster_id"]: dict(row)
        for row in Attendee.objects.values("roster_id").annotate(
            registered=Count("pk", filter=Q(status=Status.CONFIRMED)),
            attended=Count("pk", filter=Q(status=Status.CONFIRMED, checked_in_at__isnull=False)),
            cancelled=Count("pk", filter=Q(status=Status.CANCELLED)),
        )
    }
    per_event = []
    per_kind: dict[int, StatRow] = {}
    now = timezone.now()
    for event in events:
        row = counts.get(rosters.get(event.translation_key, 0), {})
        stat = StatRow(
            event.title,
            row.get("registered", 0),
            row.get("attended", 0),
            row.get("cancelled", 0),
        )
        stat.is_past = event.ends_at < now  # type: ignore[attr-defined]
        per_event.append(stat)
        if not stat.is_past:  # type: ignore[attr-defined]
            continue
        kind = per_kind.setdefault(
            event.kind_id, StatRow(event.kind.name(language), 0, 0, 0, events=0)
        )
        kind.registered += stat.registered
        kind.attended += stat.attended
        kind.cancelled += stat.cancelled
        kind.events += 1
    kinds = {k.pk: k for k in EventKind.objects.all()}
    for pk, kind_row in per_kind.items():
        kind_row.label = kinds[pk].name(language)
    return {"events": per_event, "kinds": list(per_kind.values())}

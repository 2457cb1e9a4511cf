"""Writes of the events app: registering, cancelling, the waiting list, check-in, messages
and the removal of personal data.

Seats are given out under a lock on the event's Roster row (one per event, shared by its
translations): ``select_for_update()`` on PostgreSQL; on SQLite, an UPDATE of the row
takes the database's write lock first. Inside the lock the rule is simple and the same for
every path: a registration that fits in the seats left is confirmed; otherwise its people
join the waiting list (or, if the group allows it, those who fit take seats). Whenever seats
free up, the waiting list is walked in the order people joined it and everyone who now fits
is promoted at once.
"""

import base64
import datetime
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kouryu.core import pagecache
from kouryu.events.models import Attendee, EventPage, Mailing, Registration, Roster

MANAGE_SALT = "kouryu.events.manage"
# A link to cancel or change stays valid this long after it was sent.
MANAGE_MAX_AGE = datetime.timedelta(days=400)
Status = Attendee.Status


class RegistrationClosed(ValidationError):
    pass


class LinkInvalid(Exception):
    """A cancel or change link that was altered, or that has already been used."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "tampered" or "used"


@dataclass
class Person:
    name: str
    answers: dict[str, Any] = field(default_factory=dict)


@dataclass
class Contact:
    name: str
    email: str
    phone: str = ""
    organisation: str = ""


@dataclass
class Outcome:
    registration: Registration
    created: bool
    confirmed: int
    waitlisted: int
    promoted: list[Registration] = field(default_factory=list)


# The lock ---------------------------------------------------------------------


def roster_for(*, event: EventPage) -> Roster:
    roster, _created = Roster.objects.get_or_create(event_key=event.translation_key)
    return roster


def _lock(roster: Roster) -> Roster:
    """Hold the event's seats until the transaction ends. The seats left, which the
    event's pages show, may change under it (some of those changes are bulk updates)."""
    pagecache.changed()
    if connection.vendor == "sqlite":
        Roster.objects.filter(pk=roster.pk).update(touched_at=timezone.now())
    return Roster.objects.select_for_update().get(pk=roster.pk)


def seats_free(*, roster: Roster, event: EventPage, ticket: str) -> int | None:
    """Seats left for one ticket type (None: no limit). Read under the lock to give them out."""
    original = event.original()
    confirmed = Attendee.objects.filter(roster=roster, status=Status.CONFIRMED)
    limits = []
    if original.capacity is not None:
        limits.append(original.capacity - confirmed.count())
    ticket_type = original.ticket_types.filter(key=ticket).first() if ticket else None
    if ticket_type is not None and ticket_type.capacity is not None:
        limits.append(ticket_type.capacity - confirmed.filter(ticket=ticket).count())
    return max(0, min(limits)) if limits else None


def _event_full(roster: Roster, original: EventPage) -> bool:
    taken = Attendee.objects.filter(roster=roster, status=Status.CONFIRMED).count()
    return original.capacity is not None and taken >= original.capacity


def _fits(free: int | None, wanted: int) -> int:
    """How many of ``wanted`` people get a seat."""
    return wanted if free is None else min(free, wanted)


# Registering --------------------------------------------------------------------


def registration_create(
    *,
    event: EventPage,
    contact: Contact,
    people: Sequence[Person],
    language: str,
    ticket: str = "",
    answers: dict[str, Any] | None = None,
    split_ok: bool = False,
    submission_key: uuid.UUID | str | None = None,
    notify: bool = True,
    now: datetime.datetime | None = None,
) -> Outcome:
    """Register a contact and their people for ``event``: seats if they fit, else the
    waiting list. The same ``submission_key`` twice registers once (the first is returned)."""
    now = now or timezone.now()
    original = event.original()
    if not people:
        raise ValidationError(_("Name at least one person who comes."))
    if len(people) > original.max_group_size:
        raise ValidationError(
            _("At most %(count)s people can register in one form.")
            % {"count": original.max_group_size}
        )
    tickets = {t.key for t in original.tickets()}
    if tickets and ticket not in tickets:
        raise ValidationError(_("Choose a ticket type."))
    if not tickets:
        ticket = ""
    key = uuid.UUID(str(submission_key)) if submission_key else uuid.uuid4()
    roster = roster_for(event=original)
    try:
        with transaction.atomic():
            roster = _lock(roster)
            # Rows are written in the order the lock is granted: their ids are the order
            # of arrival, which the waiting list follows.
            existing = Registration.objects.filter(submission_key=key).first()
            if existing is not None:
                return _outcome(existing, created=False)
            if not original.registration_open(now):
                raise RegistrationClosed(_("Registration for this event is closed."))
            registration = Registration.objects.create(
                roster=roster,
                language=language,
                contact_name=contact.name,
                email=contact.email.strip().lower(),
                phone=contact.phone,
                organisation=contact.organisation,
                ticket=ticket,
                answers=answers or {},
                split_ok=split_ok and original.allow_group_split,
                submission_key=key,
                created_at=now,
            )
            free = seats_free(roster=roster, event=original, ticket=ticket)
            seated = _fits(free, len(people))
            if seated < len(people) and not registration.split_ok:
                seated = 0
            Attendee.objects.bulk_create(
                [
                    Attendee(
                        registration=registration,
                        roster=roster,
                        ticket=ticket,
                        name=person.name,
                        answers=person.answers,
                        status=Status.CONFIRMED if n < seated else Status.WAITLISTED,
                        queued_at=None if n < seated else now,
                    )
                    for n, person in enumerate(people)
                ]
            )
    except IntegrityError:
        # The same form, sent twice at once: the other request registered it.
        existing = Registration.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return _outcome(existing, created=False)
    # Emails are written after the seats are given out, so that the lock is short.
    if notify:
        _notify(registration, template="confirmation", event=event)
    return _outcome(registration, created=True)


def _outcome(registration: Registration, *, created: bool) -> Outcome:
    counts = registration.attendees.aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=Status.WAITLISTED)),
    )
    return Outcome(
        registration=registration,
        created=created,
        confirmed=counts["confirmed"],
        waitlisted=counts["waitlisted"],
    )


def waitlist_position(*, registration: Registration) -> int | None:
    """The place on the waiting list of the registration's first waiting person (1 = next)."""
    first = registration.attendees.filter(status=Status.WAITLISTED).order_by("pk").first()
    if first is None:
        return None
    ahead = Attendee.objects.filter(
        roster_id=registration.roster_id,
        status=Status.WAITLISTED,
        ticket=first.ticket,
        pk__lt=first.pk,
    )
    return ahead.count() + 1


def waitlist_promote(*, event: EventPage, notify: bool = True) -> list[Registration]:
    """Give free seats to the waiting list (after staff add seats, say), and tell those
    promoted."""
    original = event.original()
    with transaction.atomic():
        roster = _lock(roster_for(event=original))
        promoted = _promote_locked(roster=roster, original=original)
    if notify:
        for registration in promoted:
            _notify(registration, template="promoted", event=event)
    return promoted


def _promote_locked(*, roster: Roster, original: EventPage) -> list[Registration]:
    """Walk the waiting list in the order people joined it and seat everyone who now fits.
    A group that does not fit waits, unless it may be split; people behind it who fit are
    promoted. Call with the roster locked."""
    promoted: list[Registration] = []
    now = timezone.now()
    waiting = (
        Registration.objects.filter(roster=roster, attendees__status=Status.WAITLISTED)
        .annotate(first_pk=Min("attendees__pk", filter=Q(attendees__status=Status.WAITLISTED)))
        .order_by("first_pk")
    )
    full: set[str] = set()  # ticket types with no seat left
    for registration in waiting:
        if registration.ticket in full:
            continue
        free = seats_free(roster=roster, event=original, ticket=registration.ticket)
        if free == 0:
            if original.capacity is not None and _event_full(roster, original):
                break  # nobody behind fits either
            full.add(registration.ticket)
            continue
        people = list(registration.attendees.filter(status=Status.WAITLISTED).order_by("pk"))
        seated = _fits(free, len(people))
        if seated < len(people) and not registration.split_ok:
            continue
        Attendee.objects.filter(pk__in=[p.pk for p in people[:seated]]).update(
            status=Status.CONFIRMED, queued_at=None, promoted_at=now
        )
        promoted.append(registration)
    return promoted


# The link to cancel or change ------------------------------------------------------


def manage_token(*, registration: Registration) -> str:
    """The signed part of the link, in letters, digits, - and _ (a page address allows no
    more)."""
    signed = signing.TimestampSigner(salt=MANAGE_SALT).sign(
        f"{registration.pk}.{registration.link_nonce}"
    )
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def registration_from_token(*, token: str) -> Registration:
    """The registration a link names; raises LinkInvalid if it was altered or used."""
    try:
        signed = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        value = signing.TimestampSigner(salt=MANAGE_SALT).unsign(signed, max_age=MANAGE_MAX_AGE)
        pk, nonce = value.split(".", 1)
        registration = Registration.objects.select_related("roster").get(pk=int(pk))
    except (signing.BadSignature, ValueError, TypeError, Registration.DoesNotExist) as error:
        raise LinkInvalid("tampered") from error
    if registration.link_nonce != nonce or registration.anonymised_at:
        raise LinkInvalid("used")
    return registration


def registration_cancel(
    *,
    registration: Registration,
    event: EventPage,
    attendee_ids: Sequence[int] | None = None,
    notify: bool = True,
) -> list[Registration]:
    """Cancel the registration (or only some of its people): their seats or places on the
    waiting list go, the link that was used stops working, and the waiting list moves up.
    Returns the registrations promoted into the freed seats."""
    with transaction.atomic():
        roster = _lock(registration.roster)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        people = registration.attendees.exclude(status=Status.CANCELLED)
        if attendee_ids is not None:
            people = people.filter(pk__in=attendee_ids)
        if not people.exists():
            raise ValidationError(_("There is nobody left to cancel in this registration."))
        people.update(status=Status.CANCELLED, queued_at=None, cancelled_at=timezone.now())
        registration.link_nonce = _new_nonce()
        registration.save(update_fields=["link_nonce"])
        remaining = registration.attendees.exclude(status=Status.CANCELLED).exists()
        promoted = _promote_locked(roster=roster, original=event.original())
    if notify:
        _notify(registration, template="changed" if remaining else "cancelled", event=event)
        for other in promoted:
            _notify(other, template="promoted", event=event)
    return promoted


def _new_nonce() -> str:
    from kouryu.events.models import new_nonce

    return new_nonce()


# Check-in -----------------------------------------------------------------------------


@dataclass
class CheckIn:
    registration: Registration | None
    status: str  # "checked_in", "already", "unknown", "not_confirmed", "other_event"
    checked_in_at: datetime.datetime | None = None
    people: int = 0


def checkin(*, event: EventPage, code: str) -> CheckIn:
    """Check in the people with a seat under ``code`` (typed or read from the QR code)."""
    code = "".join(ch for ch in code.upper() if ch.isalnum())[:12]
    roster = roster_for(event=event.original())
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update().filter(code=code).first() if code else None
        )
        if registration is None:
            return CheckIn(None, "unknown")
        if registration.roster_id != roster.pk:
            return CheckIn(registration, "other_event")
        confirmed = registration.attendees.filter(status=Status.CONFIRMED)
        count = confirmed.count()
        if registration.checked_in_at is not None:
            return CheckIn(registration, "already", registration.checked_in_at, count)
        if not count:
            return CheckIn(registration, "not_confirmed")
        now = timezone.now()
        registration.checked_in_at = now
        registration.save(update_fields=["checked_in_at"])
        confirmed.update(checked_in_at=now)
        return CheckIn(registration, "checked_in", now, count)


# Messages from staff --------------------------------------------------------------------


def mailing_create(
    *,
    event: EventPage,
    audience: str,
    subjects: dict[str, str],
    bodies: dict[str, str],
    by=None,
) -> Mailing:
    """Keep a message to an event's registrants and send it from a task, each registrant
    in their own language; the mailing counts what has been sent."""
    from kouryu.events.tasks import mailing_send_task

    roster = roster_for(event=event.original())
    mailing = Mailing.objects.create(
        roster=roster,
        audience=audience,
        subject_ja=subjects.get("ja", ""),
        subject_zh=subjects.get("zh", ""),
        subject_en=subjects.get("en", ""),
        body_ja=bodies.get("ja", ""),
        body_zh=bodies.get("zh", ""),
        body_en=bodies.get("en", ""),
        created_by=by,
        total=mailing_recipients(roster=roster, audience=audience).count(),
    )
    transaction.on_commit(lambda: mailing_send_task.enqueue(mailing.pk, event.pk))
    return mailing


def mailing_recipients(*, roster: Roster, audience: str):
    statuses = {
        Mailing.Audience.ALL: [Status.CONFIRMED, Status.WAITLISTED],
        Mailing.Audience.CONFIRMED: [Status.CONFIRMED],
        Mailing.Audience.WAITLISTED: [Status.WAITLISTED],
    }[Mailing.Audience(audience)]
    return (
        Registration.objects.filter(
            roster=roster, anonymised_at__isnull=True, attendees__status__in=statuses
        )
        .distinct()
        .order_by("pk")
    )


def mailing_send(*, mailing_id: int, event: EventPage) -> Mailing:
    """Send a mailing's emails one registrant at a time, counting as it goes."""
    from kouryu.core.mail import email_queue

    mailing = Mailing.objects.get(pk=mailing_id)
    for registration in mailing_recipients(roster=mailing.roster, audience=mailing.audience):
        with transaction.atomic():
            email_queue(
                to=registration.email,
                language=registration.language,
                template="events/email/message",
                context={
                    "subject": mailing.subject_in(registration.language),
                    "body": mailing.body_in(registration.language),
                    **_email_context(registration, event),
                },
                category="event-message",
                reference=registration.reference,
            )
            Mailing.objects.filter(pk=mailing.pk).update(sent=F("sent") + 1)
    Mailing.objects.filter(pk=mailing.pk).update(finished_at=timezone.now())
    mailing.refresh_from_db()
    return mailing


# Personal data ----------------------------------------------------------------------------


def registrations_anonymise(*, now: datetime.datetime | None = None) -> int:
    """Remove names, addresses and answers of registrations whose event ended longer ago
    than its kind keeps them. Counts, statuses and check-ins stay. Returns how many."""
    from kouryu.core.models import OutboundEmail

    now = now or timezone.now()
    done = 0
    originals = EventPage.objects.filter(locale__language_code=_default_language()).select_related(
        "kind"
    )
    for event in originals:
        if event.ends_at + datetime.timedelta(days=event.kind.keep_days) > now:
            continue
        registrations = Registration.objects.filter(
            roster__event_key=event.translation_key, anonymised_at__isnull=True
        )
        for registration in registrations:
            with transaction.atomic():
                OutboundEmail.objects.filter(reference=registration.reference).delete()
                registration.attendees.update(name="", answers={})
                registration.contact_name = ""
                registration.email = ""
                registration.phone = ""
                registration.organisation = ""
                registration.answers = {}
                registration.anonymised_at = now
                registration.save()
                done += 1
    return done


def _default_language() -> str:
    from wagtail.models import Locale

    return Locale.get_default().language_code


# Emails ------------------------------------------------------------------------------------


def _email_context(registration: Registration, event: EventPage) -> dict[str, Any]:
    from kouryu.core.mail import absolute_url

    page = event.get_translation_or_none(_locale(registration.language)) or event
    page = page.specific
    return {
        "registration": registration,
        "event": page,
        "event_url": absolute_url(page.url or ""),
        "manage_url": absolute_url(
            (page.url or "")
            + page.reverse_subpage(
                "manage", kwargs={"token": manage_token(registration=registration)}
            )
        ),
    }


def _locale(language: str):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language).first()


def _notify(registration: Registration, *, template: str, event: EventPage) -> None:
    """The registrant's email, in their language: on registering with the calendar entry
    and the QR code for check-in; when promoted; when cancelled or changed."""
    from kouryu.core.mail import email_queue
    from kouryu.events.ics import event_ics
    from kouryu.events.qr import qr_png

    context = _email_context(registration, event)
    people = list(registration.attendees.all())
    context["people"] = people
    context["confirmed"] = [p for p in people if p.status == Status.CONFIRMED]
    context["waitlisted"] = [p for p in people if p.status == Status.WAITLISTED]
    context["position"] = waitlist_position(registration=registration)
    attachments = []
    if template in ("confirmation", "promoted", "changed") and context["confirmed"]:
        page = context["event"]
        attachments = [
            ("event.ics", "text/calendar", event_ics([page])),
            (f"checkin-{registration.code}.png", "image/png", qr_png(registration.code)),
        ]
    email_queue(
        to=registration.email,
        language=registration.language,
        template=f"events/email/{template}",
        context=context,
        category=f"event-{template}",
        reference=registration.reference,
        attachments=attachments,
    )

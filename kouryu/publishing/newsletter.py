"""Newsletter services: double opt-in sign-up, unsubscribe, composing an edition, and the send queue."""

import datetime
import logging
import smtplib
import uuid
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, mailers
from django.core.validators import validate_email
from django.db import connection, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from kouryu.core.mail import absolute_url, language_url
from kouryu.core.throttle import DAY, GLOBAL, HOUR, mailbox_key, throttle_allow
from kouryu.publishing.models import Delivery, Edition, NewsPage, ReportPage, Subscriber

logger = logging.getLogger(__name__)

CONFIRMATION_VALID_FOR = datetime.timedelta(days=7)
# A second sign-up within this time sends no second email: double submits stay harmless.
CONFIRMATION_RESEND_AFTER = datetime.timedelta(minutes=2)
# Rate limits on confirmation emails: per mailbox (its +tag variants counted together),
# per client, and for the whole site.
CONFIRMATIONS_PER_MAILBOX_PER_DAY = 3
SIGNUPS_PER_CLIENT_PER_HOUR = 10
CONFIRMATIONS_PER_HOUR_IN_TOTAL = 300
COMPOSE_DEFAULT_PERIOD = datetime.timedelta(days=30)
# Errors that mean the mail server is unreachable rather than that one address is bad:
# the delivery stays pending and the worker tries again later.
TRANSIENT_ERRORS = (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, ConnectionError)
# Subjects are content, one field per language; only the month is formatted by locale.
SUBJECT_PREFIXES = {"ja": "ニュースレター ", "zh": "通讯 ", "en": "Newsletter, "}


class NewsletterError(Exception):
    """A request that cannot be carried out; the message is meant for the user."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class SubscriberTokenInvalid(NewsletterError):
    def __init__(self):
        super().__init__(_("This link is not valid any more."))


class EditionNotDraft(NewsletterError):
    def __init__(self):
        super().__init__(_("This edition has already been queued for sending."))


def _language_url(language: str, name: str, **kwargs) -> str:
    # The site's address from its Wagtail Site, as every email's links (core.mail).
    return language_url(language, name, **kwargs)


# Subscribers -----------------------------------------------------------------


def subscriber_normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def subscriber_validate(*, email: str, language: str) -> str:
    """The address as stored, or ValidationError (said in the reader's language)."""
    email = subscriber_normalise_email(email)
    validate_email(email)
    if len(email) > (Subscriber._meta.get_field("email").max_length or 254):
        raise ValidationError(_("This email address is too long."), code="max_length")
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Choose one of the languages offered."), code="invalid_choice")
    return email


class SignupThrottled(NewsletterError):
    def __init__(self):
        super().__init__(
            _("Too many sign-ups have come from here in a short time. Please try again later.")
        )


def subscriber_signup_request(*, email: str, language: str, client: str) -> None:
    """Accept a sign-up from a web request: check it, count it, and leave the rest to a task.

    What the request does and how long it takes is the same whether or not the address is
    on the list, so the form reveals nothing about who is subscribed. Limits per client
    and in total are answered here (SignupThrottled); the limit per mailbox is applied
    by the task, silently.
    """
    from kouryu.publishing.tasks import newsletter_signup_task

    email = subscriber_validate(email=email, language=language)
    if not throttle_allow(
        "newsletter-client", client, limit=SIGNUPS_PER_CLIENT_PER_HOUR, per=HOUR
    ) or not throttle_allow(
        "newsletter-all", GLOBAL, limit=CONFIRMATIONS_PER_HOUR_IN_TOTAL, per=HOUR
    ):
        raise SignupThrottled
    transaction.on_commit(lambda: newsletter_signup_task.enqueue(email, language))


def subscriber_subscribe(*, email: str, language: str) -> Subscriber:
    """Sign up (or sign up again) and send a confirmation email with a fresh secret.

    A confirmed subscriber gets no email. A mailbox gets at most
    CONFIRMATIONS_PER_MAILBOX_PER_DAY confirmation emails, counting its +tag variants
    together; beyond that, nothing is sent. Raises ValidationError for bad input.
    """
    email = subscriber_validate(email=email, language=language)
    now = timezone.now()
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"language": language}
        )
        if subscriber.status == Subscriber.Status.CONFIRMED:
            return subscriber
        if (
            not created
            and subscriber.status == Subscriber.Status.PENDING
            and subscriber.confirmation_sent_at
            and now - subscriber.confirmation_sent_at < CONFIRMATION_RESEND_AFTER
        ):
            return subscriber  # a double submit
        if not throttle_allow(
            "newsletter-mailbox",
            mailbox_key(email),
            limit=CONFIRMATIONS_PER_MAILBOX_PER_DAY,
            per=DAY,
        ):
            logger.info("newsletter: confirmation limit reached for a mailbox")
            return subscriber
        subscriber.status = Subscriber.Status.PENDING
        subscriber.confirmed_at = None
        subscriber.language = language
        subscriber.confirm_token = uuid.uuid4()
        subscriber.confirmation_sent_at = now
        subscriber.save()
        # Sent inside the transaction: if the mail server refuses, nothing is stored.
        _send_confirmation(subscriber)
    return subscriber


def _send_confirmation(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        context = {
            "confirm_url": _language_url(
                subscriber.language, "newsletter:confirm", token=subscriber.confirm_token
            ),
            "signup_url": _language_url(subscriber.language, "newsletter:signup"),
            "valid_days": CONFIRMATION_VALID_FOR.days,
        }
        subject = render_to_string(
            "publishing/newsletter/email/confirm_subject.txt", context
        ).strip()
        body = render_to_string("publishing/newsletter/email/confirm.txt", context)
    message = EmailMultiAlternatives(subject, body, to=[subscriber.email])
    mailers.default.send_messages([message])


def _subscriber_by(field: str, token, *, lock: bool = False) -> Subscriber:
    queryset = Subscriber.objects.select_for_update() if lock else Subscriber.objects
    try:
        return queryset.get(**{field: token})
    except (Subscriber.DoesNotExist, ValidationError, ValueError):
        raise SubscriberTokenInvalid from None


def subscriber_get_by_confirm_token(*, token: uuid.UUID | str) -> Subscriber:
    """The pending sign-up a confirmation link belongs to, or SubscriberTokenInvalid."""
    subscriber = _subscriber_by("confirm_token", token)
    if subscriber.status != Subscriber.Status.PENDING:
        raise SubscriberTokenInvalid
    return subscriber


def subscriber_get_by_unsubscribe_token(*, token: uuid.UUID | str) -> Subscriber:
    return _subscriber_by("unsubscribe_token", token)


@transaction.atomic
def subscriber_confirm(*, token: uuid.UUID | str) -> Subscriber:
    """Confirm a sign-up with its own confirmation secret, once. An old, used or withdrawn
    link is refused; the unsubscribe secret never confirms."""
    subscriber = _subscriber_by("confirm_token", token, lock=True)
    expired = (
        subscriber.confirmation_sent_at is None
        or timezone.now() - subscriber.confirmation_sent_at > CONFIRMATION_VALID_FOR
    )
    if subscriber.status != Subscriber.Status.PENDING or expired:
        raise SubscriberTokenInvalid
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.confirm_token = None
    subscriber.save(update_fields=["status", "confirmed_at", "confirm_token"])
    return subscriber


@transaction.atomic
def subscriber_unsubscribe(*, token: uuid.UUID | str) -> Subscriber:
    """Unsubscribe at once; doing it again changes nothing. A pending sign-up's
    confirmation link stops working too."""
    subscriber = _subscriber_by("unsubscribe_token", token, lock=True)
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.confirm_token = None
        subscriber.save(update_fields=["status", "unsubscribed_at", "confirm_token"])
    return subscriber


# Editions --------------------------------------------------------------------


def edition_compose_since() -> datetime.datetime:
    """Where the next digest starts: when the last edition was queued, or 30 days ago."""
    last = (
        Edition.objects.exclude(status=Edition.Status.DRAFT)
        .order_by("-queued_at")
        .values_list("queued_at", flat=True)
        .first()
    )
    return last or timezone.now() - COMPOSE_DEFAULT_PERIOD


def edition_compose_recent(*, since: datetime.datetime | None = None, by) -> Edition:
    """A draft edition listing the news and reports (in Japanese) dated since `since`.

    By each article's publication date, not by when it was put on the site: a batch of old
    reports loaded today is not news. An article already in an edition that was sent (or is
    being sent) is not listed again.
    """
    since = since or edition_compose_since()
    default = Locale.get_default()
    # Only editions queued from a little before `since` can hold articles dated since then.
    already_sent = {
        page.pk
        for edition in Edition.objects.exclude(status=Edition.Status.DRAFT).filter(
            queued_at__gte=since - datetime.timedelta(days=1)
        )
        for page in edition.article_pages()
    }
    pages = []
    for model in (NewsPage, ReportPage):
        pages += [
            page
            for page in model.objects.live()
            .public()
            .filter(locale=default, date__gte=timezone.localtime(since).date())
            .only("id", "date", "first_published_at")
            if page.pk not in already_sent
        ]
    if not pages:
        raise NewsletterError(
            _("Nothing has been published since %(date)s.")
            % {"date": date_format(timezone.localtime(since), "DATETIME_FORMAT")}
        )
    pages.sort(key=lambda p: (p.date, p.first_published_at), reverse=True)
    today = timezone.localdate()
    subjects = {}
    for code, _name in settings.LANGUAGES:
        key = code.split("-")[0]
        with translation.override(code):
            subjects[f"subject_{key}"] = SUBJECT_PREFIXES[key] + date_format(
                today, "YEAR_MONTH_FORMAT"
            )
    return Edition.objects.create(
        **subjects,
        items=[("article", page) for page in pages],
        created_by=by if getattr(by, "pk", None) else None,
    )


@transaction.atomic
def edition_queue(*, edition: Edition, by) -> int:
    """Queue a draft for every confirmed subscriber, in their language. Returns the count.

    The row lock makes a second click wait, then find the edition no longer a draft.
    """
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if edition.status != Edition.Status.DRAFT:
        raise EditionNotDraft
    if not edition.article_pages():
        raise NewsletterError(_("Add at least one article before sending."))
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).only(
        "id", "language"
    )
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(edition=edition, subscriber=subscriber, language=subscriber.language)
            for subscriber in subscribers.iterator()
        ],
        batch_size=500,
    )
    now = timezone.now()
    edition.status = Edition.Status.QUEUED if deliveries else Edition.Status.SENT
    edition.queued_at = now
    edition.queued_by = by if getattr(by, "pk", None) else None
    edition.finished_at = None if deliveries else now
    edition.save(update_fields=["status", "queued_at", "queued_by", "finished_at"])
    if deliveries:
        from kouryu.publishing.tasks import newsletter_send_task

        transaction.on_commit(lambda: newsletter_send_task.enqueue())
    return len(deliveries)


def edition_progress(*, edition: Edition) -> dict[str, int]:
    counts = {status: 0 for status in Delivery.Status.values}
    for row in edition.deliveries.values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    counts["total"] = sum(counts[s] for s in Delivery.Status.values)
    return counts


# Sending ---------------------------------------------------------------------


@dataclass
class EditionItem:
    title: str
    summary: str
    url: str


def _edition_items(edition: Edition, language: str) -> list[EditionItem]:
    """Each article in the subscriber's language where a live translation exists."""
    locale = Locale.objects.filter(language_code=language).first()
    items = []
    for original in edition.article_pages():
        page = None
        if locale is not None:
            page = (
                Page.objects.live()
                .filter(translation_key=original.translation_key, locale=locale)
                .specific()
                .first()
            )
        page = page or original.specific
        parts = page.get_url_parts()
        if parts is None:
            continue
        items.append(
            EditionItem(
                title=page.title,
                summary=getattr(page, "summary", ""),
                url=absolute_url(parts[2]),
            )
        )
    return items


def edition_preview(*, edition: Edition, language: str) -> EmailMultiAlternatives:
    """The edition as a subscriber in ``language`` would receive it (to no one)."""
    reader = Subscriber(email="", language=language, unsubscribe_token=uuid.uuid4())
    return edition_message(
        edition=edition,
        subscriber=reader,
        language=language,
        items=_edition_items(edition, language),
    )


def edition_send_test(*, edition: Edition, language: str, to: str) -> None:
    """Send the edition in ``language`` to one address (the staff member's), marked as a
    test; its unsubscribe link leads nowhere."""
    from kouryu.core.mail import email_queue_rendered

    if not to:
        raise NewsletterError(_("Your account has no email address to send the test to."))
    message = edition_preview(edition=edition, language=language)
    html = next((body for body, kind in message.alternatives if kind == "text/html"), "")
    with translation.override(language):
        subject = _("[Test] %(subject)s") % {"subject": message.subject}
    email_queue_rendered(
        to=to,
        language=language,
        subject=subject,
        text=str(message.body),
        html=str(html),
        category="newsletter-test",
        reference=f"edition:{edition.pk}",
    )


def edition_message(
    *, edition: Edition, subscriber: Subscriber, language: str, items: list[EditionItem]
) -> EmailMultiAlternatives:
    """The email for one subscriber, with a one-click unsubscribe link (RFC 8058)."""
    unsubscribe_url = _language_url(
        language, "newsletter:unsubscribe", token=subscriber.unsubscribe_token
    )
    with translation.override(language):
        context = {
            "subject": edition.subject_in(language),
            "intro": edition.intro_in(language),
            "items": items,
            "unsubscribe_url": unsubscribe_url,
            "language": language,
        }
        text = render_to_string("publishing/newsletter/email/edition.txt", context)
        html = render_to_string("publishing/newsletter/email/edition.html", context)
    message = EmailMultiAlternatives(
        edition.subject_in(language),
        text,
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def _next_pending_delivery() -> Delivery | None:
    queryset = Delivery.objects.filter(status=Delivery.Status.PENDING).order_by("id")
    features = connection.features
    lock: dict[str, Any] = {}
    if features.has_select_for_update_skip_locked:
        lock["skip_locked"] = True
    if features.has_select_for_update_of:
        lock["of"] = ("self",)
    return queryset.select_for_update(**lock).select_related("edition", "subscriber").first()


def deliveries_send(*, batch: int = 100) -> int:
    """Send up to `batch` pending deliveries; returns how many were handled (sent or failed).

    Each delivery is claimed with a row lock in its own transaction, so several workers can
    run at once (on PostgreSQL) and a crash leaves the rest pending.
    """
    handled = 0
    items_cache: dict[tuple[int, str], list[EditionItem]] = {}
    mailer = mailers.default
    with mailer:
        for __ in range(batch):
            with transaction.atomic():
                delivery = _next_pending_delivery()
                if delivery is None:
                    break
                edition = delivery.edition
                if edition.status == Edition.Status.QUEUED:
                    Edition.objects.filter(pk=edition.pk, status=Edition.Status.QUEUED).update(
                        status=Edition.Status.SENDING
                    )
                _deliver(delivery, mailer, items_cache)
                handled += 1
    editions_finish()
    return handled


def _deliver(delivery: Delivery, mailer, items_cache) -> None:
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.Status.CONFIRMED:
        delivery.status = Delivery.Status.FAILED
        delivery.error = "Unsubscribed before it was sent."
        delivery.save(update_fields=["status", "error"])
        return
    key = (delivery.edition_id, delivery.language)
    try:
        if key not in items_cache:
            items_cache[key] = _edition_items(delivery.edition, delivery.language)
        message = edition_message(
            edition=delivery.edition,
            subscriber=subscriber,
            language=delivery.language,
            items=items_cache[key],
        )
        mailer.send_messages([message])
    except TRANSIENT_ERRORS:
        raise  # leaves this one pending; the worker retries later
    except Exception as error:  # noqa: BLE001 - one bad address must not stop the rest
        logger.warning("newsletter delivery %s failed: %s", delivery.pk, error)
        delivery.status = Delivery.Status.FAILED
        delivery.error = f"{type(error).__name__}: {error}"[:2000]
        delivery.save(update_fields=["status", "error"])
        return
    delivery.status = Delivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.error = ""
    delivery.save(update_fields=["status", "sent_at", "error"])


def editions_finish() -> int:
    """Mark as sent the editions being sent that have nothing pending any more."""
    return (
        Edition.objects.filter(status__in=[Edition.Status.QUEUED, Edition.Status.SENDING])
        .exclude(deliveries__status=Delivery.Status.PENDING)
        .update(status=Edition.Status.SENT, finished_at=timezone.now())
    )


def deliveries_pending_count() -> int:
    return Delivery.objects.filter(status=Delivery.Status.PENDING).count()

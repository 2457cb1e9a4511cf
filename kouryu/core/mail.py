"""Emails in their recipient's language, sent as tasks, retried, and kept for staff.

    email_queue(
        to="tanaka@pref.hyogo.lg.jp",
        language="ja",
        template="cases/email/reply",      # reply_subject.txt, reply.txt, optional reply.html
        context={"case": case, "url": absolute_url(...)},
        category="case-reply",
        reference=case.reference,
    )

The subject and bodies are rendered inside ``translation.override(language)``; the email
is stored (OutboundEmail) and sent by a task once the caller's transaction commits. A
failed send is tried again later (MAX_ATTEMPTS in all, waiting longer each time); staff
see every email and its status in the admin.
"""

import base64
import contextlib
import datetime
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, mailers
from django.db import transaction
from django.template import Context, Engine
from django.template.exceptions import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kouryu.core.models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_AFTER = (
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
)


def site_root_url() -> str:
    """The site's public address, for links in emails: the default Wagtail Site's root,
    else (a Site on this machine, whose development server may run on any port)
    KOURYU_BASE_URL. The deploy check warns of both on a development or example host."""
    from wagtail.models import Site

    from kouryu.core.checks import is_local_host

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and not is_local_host(site.hostname):
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    return site_root_url() + path


def language_url(language: str, name: str, *args, **kwargs) -> str:
    """An absolute address in a language: /zh-hans/… for a Chinese reader."""
    with translation.override(language):
        return absolute_url(reverse(name, args=args or None, kwargs=kwargs or None))


def _render_plain(name: str, context: Mapping[str, Any]) -> str:
    """A plain-text template, not HTML-escaped: "Q&A" stays "Q&A" in a subject or a body."""
    template = Engine.get_default().get_template(name)
    return template.render(Context(dict(context), autoescape=False))


def render_email(
    *, template: str, context: Mapping[str, Any], language: str
) -> tuple[str, str, str]:
    """(subject, text, html) of ``template`` in ``language``; html is "" without a template."""
    context = {**context, "language": language}
    with translation.override(language):
        subject = " ".join(_render_plain(f"{template}_subject.txt", context).split())
        text = _render_plain(f"{template}.txt", context)
        html: str = ""
        with contextlib.suppress(TemplateDoesNotExist):
            html = render_to_string(f"{template}.html", context)
    return subject, text, html


def email_queue(
    *,
    to: str,
    language: str,
    template: str,
    context: Mapping[str, Any],
    category: str,
    reference: str = "",
    headers: Mapping[str, str] | None = None,
    attachments: Iterable[tuple[str, str, bytes]] = (),
) -> OutboundEmail:
    """Render an email in its recipient's language, keep it, and send it from a task."""
    subject, text, html = render_email(template=template, context=context, language=language)
    return email_queue_rendered(
        to=to,
        language=language,
        subject=subject,
        text=text,
        html=html,
        category=category,
        reference=reference,
        headers=headers,
        attachments=attachments,
    )


def email_queue_rendered(
    *,
    to: str,
    language: str,
    subject: str,
    text: str,
    html: str = "",
    category: str,
    reference: str = "",
    headers: Mapping[str, str] | None = None,
    attachments: Iterable[tuple[str, str, bytes]] = (),
) -> OutboundEmail:
    """Keep an email already rendered (in ``language``) and send it from a task."""
    from kouryu.core.tasks import email_send_task

    email = OutboundEmail.objects.create(
        to=to,
        language=language,
        subject=subject[:300],
        body=text,
        html=html,
        headers=dict(headers or {}),
        attachments=[
            [name, content_type, base64.b64encode(content).decode("ascii")]
            for name, content_type, content in attachments
        ],
        category=category,
        reference=reference,
    )
    transaction.on_commit(lambda: email_send_task.enqueue(email.pk))
    return email


def _message(email: OutboundEmail) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        email.subject, email.body, to=[email.to], headers=dict(email.headers)
    )
    if email.html:
        message.attach_alternative(email.html, "text/html")
    for name, content_type, content in email.attachments:
        message.attach(name, base64.b64decode(content), content_type)
    return message


def email_send(*, email_id: int) -> OutboundEmail | None:
    """Send one stored email (once). A failure is recorded; the caller decides on a retry."""
    with transaction.atomic():
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status == OutboundEmail.Status.SENT:
            return email
        email.attempts += 1
        try:
            mailers.default.send_messages([_message(email)])
        except Exception as error:  # noqa: BLE001 - any failure is recorded for staff
            logger.warning("email %s to %s failed: %s", email.pk, email.to, error)
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            email.status = (
                OutboundEmail.Status.FAILED
                if email.attempts >= MAX_ATTEMPTS
                else OutboundEmail.Status.PENDING
            )
        else:
            email.status = OutboundEmail.Status.SENT
            email.sent_at = timezone.now()
            email.last_error = ""
        email.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    return email


def retry_delay(attempts: int) -> datetime.timedelta:
    return RETRY_AFTER[min(attempts, len(RETRY_AFTER)) - 1]


def emails_pending_resend(*, older_than: datetime.timedelta = datetime.timedelta(minutes=10)):
    """Pending emails that no task is waiting on any more (a worker stopped, say)."""
    return OutboundEmail.objects.filter(
        status=OutboundEmail.Status.PENDING, created_at__lt=timezone.now() - older_than
    )

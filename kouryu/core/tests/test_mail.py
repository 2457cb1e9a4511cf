"""Emails in the recipient's language, sent by a task, retried, and kept for staff."""

import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from kouryu.core import mail as kouryu_mail
from kouryu.core.models import OutboundEmail
from kouryu.core.permissions import EDITORS, STAFF
from kouryu.core.tasks import email_send_task
from kouryu.core.tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def queue(language="zh-hans", **kwargs):
    return kouryu_mail.email_queue(
        to="wang@example.cn",
        language=language,
        template="core/tests/hello",
        context={"name": "王"},
        category="test",
        **kwargs,
    )


def test_an_email_is_rendered_in_its_recipients_language_and_sent_by_the_task(run_tasks):
    email = run_tasks(queue, language="zh-hans", attachments=[("a.ics", "text/calendar", b"BEGIN")])
    [message] = mail.outbox
    assert message.to == ["wang@example.cn"]
    assert message.subject == "电子通讯 王"
    assert "电子通讯: 王 (zh-hans)" in message.body
    assert message.attachments[0][:2] == ("a.ics", "BEGIN")
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 1) and email.sent_at


def test_plain_text_is_not_html_escaped_and_the_html_part_is():
    subject, text, html = kouryu_mail.render_email(
        template="core/tests/hello", context={"name": "Q&A <O'Neil>"}, language="en"
    )
    assert subject == "Newsletter Q&A <O'Neil>"
    assert "Newsletter: Q&A <O'Neil> (en)" in text
    assert html.strip() == "<p>Q&amp;A &lt;O&#x27;Neil&gt;</p>"


def test_nothing_is_sent_before_the_transaction_commits():
    queue(language="ja")
    assert not mail.outbox
    assert OutboundEmail.objects.get().status == "pending"


def test_a_failed_send_is_kept_tried_again_and_given_up_after_the_last_attempt(monkeypatch):
    email = queue(language="en")

    def refuse(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server away")

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    for attempt in range(1, kouryu_mail.MAX_ATTEMPTS):
        assert email_send_task.call(email.pk) == "pending"
        email.refresh_from_db()
        assert email.attempts == attempt and "mail server away" in email.last_error
    assert email_send_task.call(email.pk) == "failed"
    monkeypatch.undo()
    # Sent once it works again (from the admin's "send again", say): once only.
    OutboundEmail.objects.filter(pk=email.pk).update(status="pending", attempts=0)
    assert email_send_task.call(email.pk) == "sent"
    assert email_send_task.call(email.pk) == "sent"
    assert len(mail.outbox) == 1


def test_staff_see_outgoing_emails_and_editors_do_not(client):
    queue()
    client.force_login(StaffUserFactory(group=STAFF))
    assert "wang@example.cn" in client.get("/admin/snippets/core/outboundemail/").content.decode()
    client.force_login(StaffUserFactory(group=EDITORS))
    response = client.get("/admin/snippets/core/outboundemail/")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_failed_email_can_be_sent_again_from_the_admin(client, run_tasks):
    email = queue()
    OutboundEmail.objects.filter(pk=email.pk).update(status="failed", attempts=5)
    client.force_login(StaffUserFactory(group=STAFF))
    listing = client.get("/admin/snippets/core/outboundemail/").content.decode()
    assert f"/admin/emails/{email.pk}/send-again/" in listing
    run_tasks(client.post, f"/admin/emails/{email.pk}/send-again/")
    email.refresh_from_db()
    assert email.status == "sent" and len(mail.outbox) == 1

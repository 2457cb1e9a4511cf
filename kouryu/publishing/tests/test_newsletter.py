"""Newsletter: double opt-in sign-up, the edition in each subscriber's language, unsubscribe."""

import io
import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from kouryu.publishing.models import Delivery, Edition, NewsPage, Subscriber
from kouryu.publishing.newsletter import (
    EditionNotDraft,
    deliveries_send,
    edition_compose_recent,
    edition_queue,
    subscriber_confirm,
    subscriber_subscribe,
)

pytestmark = [pytest.mark.django_db, pytest.mark.urls("kouryu.publishing.tests.newsletter_urls")]


def confirmed(email: str, language: str) -> Subscriber:
    subscriber = subscriber_subscribe(email=email, language=language)
    return subscriber_confirm(token=subscriber.token)


def translated(message: str, language: str) -> str:
    with translation.override(language):
        return gettext(message)


def titles_in(edition: Edition, language: str) -> list[str]:
    locale = Locale.objects.get(language_code=language)
    return [
        Page.objects.get(translation_key=page.translation_key, locale=locale).title
        for page in edition.article_pages()
    ]


@pytest.fixture
def edition(admin_user):
    return edition_compose_recent(by=admin_user)


def test_signup_stores_pending_and_sends_confirmation_in_chosen_language(client):
    response = client.post(
        "/ja/newsletter/", {"email": " Wang.Fang@Example.CN ", "language": "zh-hans", "website": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ja/newsletter/check-your-inbox/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == (
        "wang.fang@example.cn",
        "zh-hans",
        Subscriber.Status.PENDING,
    )
    [message] = mail.outbox
    assert message.to == ["wang.fang@example.cn"]
    assert message.subject == translated("Please confirm your newsletter subscription", "zh-hans")
    # The link leads to the Chinese pages.
    assert f"/zh-hans/newsletter/confirm/{subscriber.token}/" in message.body
    done = client.get(response["Location"])
    assert translated("Check your inbox", "ja") in done.content.decode()


def test_invalid_email_gets_a_clear_error_in_the_page_language(client):
    response = client.post(
        "/zh-hans/newsletter/", {"email": "not-an-address", "language": "en", "website": ""}
    )
    assert response.status_code == 200
    error = translated("Enter a valid email address.", "zh-hans")
    assert error != "Enter a valid email address."  # Django ships the Chinese message
    assert error in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox


def test_signing_up_twice_keeps_one_subscriber_and_sends_one_email(client):
    for email in ("Sato@example.jp", "sato@EXAMPLE.jp"):
        response = client.post("/ja/newsletter/", {"email": email, "language": "ja", "website": ""})
        assert response.status_code == 302
    assert Subscriber.objects.filter(email="sato@example.jp").count() == 1
    assert len(mail.outbox) == 1


def test_honeypot_is_accepted_silently_but_stores_nothing(client):
    response = client.post(
        "/en/newsletter/",
        {"email": "bot@example.com", "language": "en", "website": "http://spam.example"},
    )
    assert response.status_code == 302 and response["Location"].endswith("/check-your-inbox/")
    assert not Subscriber.objects.exists() and not mail.outbox


def test_confirm_needs_a_post_and_unknown_links_get_404(client):
    client.post("/en/newsletter/", {"email": "a@example.com", "language": "en", "website": ""})
    url = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    path = url.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 200 and "<form" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # scanners do not confirm
    response = client.post("/" + path)
    assert response.status_code == 302
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    assert client.post("/" + path).status_code == 302  # twice is harmless
    unknown = client.get("/en/newsletter/confirm/00000000-0000-0000-0000-000000000000/")
    assert unknown.status_code == 404
    assert "This link is not valid any more" in unknown.content.decode()


def test_compose_from_recent_items(admin_user):
    edition = edition_compose_recent(by=admin_user)
    pages = edition.article_pages()
    ja = Locale.objects.get(language_code="ja")
    recent = NewsPage.objects.live().filter(locale=ja)
    assert {p.pk for p in recent} <= {p.pk for p in pages}
    assert all(p.locale_id == ja.pk for p in pages)
    assert edition.status == Edition.Status.DRAFT
    assert edition.subject_ja.startswith("ニュースレター ")
    assert edition.subject_zh.startswith("通讯 ")
    assert edition.subject_en.startswith("Newsletter, ")


def test_queue_only_confirmed_subscribers_and_only_once(edition, admin_user):
    confirmed("ja@example.jp", "ja")
    confirmed("zh@example.cn", "zh-hans")
    subscriber_subscribe(email="pending@example.com", language="en")
    assert edition_queue(edition=edition, by=admin_user) == 2
    with pytest.raises(EditionNotDraft):
        edition_queue(edition=edition, by=admin_user)
    assert Delivery.objects.filter(edition=edition).count() == 2
    assert set(Delivery.objects.values_list("language", flat=True)) == {"ja", "zh-hans"}


def test_each_subscriber_gets_the_edition_in_their_language(edition, admin_user):
    for email, language in [
        ("ja@example.jp", "ja"),
        ("zh@example.cn", "zh-hans"),
        ("en@example.com", "en"),
    ]:
        confirmed(email, language)
    edition_queue(edition=edition, by=admin_user)
    mail.outbox.clear()
    assert deliveries_send(batch=100) == 3
    messages = {m.to[0]: m for m in mail.outbox}
    assert len(messages) == 3

    zh = messages["zh@example.cn"]
    assert zh.subject == edition.subject_zh and zh.subject.startswith("通讯")
    html = zh.alternatives[0].content
    for title in titles_in(edition, "zh-hans"):
        assert title in zh.body and title in html
    assert "/zh-hans/" in zh.body
    en = messages["en@example.com"]
    assert en.subject == edition.subject_en
    for title in titles_in(edition, "en"):
        assert title in en.body
    assert not set(titles_in(edition, "zh-hans")) & set(titles_in(edition, "en"))

    for message in messages.values():
        token = Subscriber.objects.get(email=message.to[0]).token
        unsubscribe = message.extra_headers["List-Unsubscribe"]
        assert re.fullmatch(rf"<https?://\S+/newsletter/unsubscribe/{token}/>", unsubscribe)
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert unsubscribe[1:-1] in message.body
        assert unsubscribe[1:-1] in message.alternatives[0].content
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT and edition.finished_at
    assert deliveries_send() == 0


def test_unsubscribe_link_works_at_once_and_later_editions_skip_them(client, edition, admin_user):
    subscriber = confirmed("leaving@example.com", "en")
    confirmed("staying@example.com", "ja")
    edition_queue(edition=edition, by=admin_user)
    deliveries_send()
    message = next(
        m
        for m in mail.outbox
        if m.to == ["leaving@example.com"] and "List-Unsubscribe" in m.extra_headers
    )
    url = message.extra_headers["List-Unsubscribe"][1:-1]
    path = "/" + url.split("://", 1)[1].split("/", 1)[1]

    response = client.get(path)
    assert response.status_code == 200
    assert "You have been unsubscribed" in response.content.decode()
    assert 'href="/en/newsletter/"' in response.content.decode()  # subscribe again
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    # RFC 8058 one-click POST from the mail client, without a CSRF token; again harmless.
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200

    later = edition_compose_recent(since=edition.created_at.replace(year=2000), by=admin_user)
    assert edition_queue(edition=later, by=admin_user) == 1
    mail.outbox.clear()
    deliveries_send()
    assert [m.to for m in mail.outbox] == [["staying@example.com"]]


def test_a_failing_address_is_marked_failed_and_the_others_are_sent(
    edition, admin_user, monkeypatch
):
    for email in ("one@example.com", "bad@example.com", "three@example.com"):
        confirmed(email, "en")
    edition_queue(edition=edition, by=admin_user)
    send_messages = EmailBackend.send_messages

    def refuse_bad(self, messages):
        if messages[0].to == ["bad@example.com"]:
            raise smtplib.SMTPRecipientsRefused({"bad@example.com": (550, b"No such user")})
        return send_messages(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_bad)
    mail.outbox.clear()
    assert deliveries_send() == 3
    statuses = dict(Delivery.objects.values_list("subscriber__email", "status"))
    assert statuses == {
        "one@example.com": "sent",
        "bad@example.com": "failed",
        "three@example.com": "sent",
    }
    assert "SMTPRecipientsRefused" in Delivery.objects.get(status="failed").error
    assert len(mail.outbox) == 2
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT


def test_admin_send_confirmation_queue_and_progress(admin_client, edition):
    confirmed("ja@example.jp", "ja")
    confirmed("zh@example.cn", "zh-hans")
    page = admin_client.get(f"/admin/newsletter/{edition.pk}/send/")
    assert page.status_code == 200
    assert page.context["total"] == 2
    assert dict(page.context["languages"])["简体中文"] == 1

    for _click in range(2):  # a double click queues once
        response = admin_client.post(f"/admin/newsletter/{edition.pk}/send/", follow=True)
        assert response.status_code == 200
    assert Delivery.objects.filter(edition=edition).count() == 2
    text = response.content.decode()
    assert '<meta http-equiv="refresh" content="5">' in text
    assert response.context["counts"] == {"pending": 2, "sent": 0, "failed": 0, "total": 2}

    deliveries_send()
    progress = admin_client.get(f"/admin/newsletter/{edition.pk}/progress/")
    assert progress.context["counts"]["sent"] == 2
    assert 'http-equiv="refresh"' not in progress.content.decode()
    listing = admin_client.get("/admin/snippets/publishing/edition/")
    assert listing.status_code == 200 and "2 / 2" in listing.content.decode()


def test_admin_compose_creates_a_draft_and_opens_it(admin_client):
    response = admin_client.post("/admin/newsletter/compose/")
    edition = Edition.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/snippets/publishing/edition/edit/{edition.pk}/"
    assert edition.items


def test_worker_command_empties_the_queue(edition, admin_user):
    for n in range(3):
        confirmed(f"reader{n}@example.com", "ja")
    edition_queue(edition=edition, by=admin_user)
    out = io.StringIO()
    call_command("newsletter_send", "--batch", "2", stdout=out)
    assert "handled: 3" in out.getvalue()
    assert not Delivery.objects.filter(status=Delivery.Status.PENDING).exists()

"""Newsletter: double opt-in sign-up, the edition in each subscriber's language, unsubscribe."""

import datetime
import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from kouryu.publishing.models import Delivery, Edition, ReportPage, Subscriber
from kouryu.publishing.newsletter import (
    EditionNotDraft,
    deliveries_send,
    edition_compose_recent,
    edition_queue,
    subscriber_confirm,
    subscriber_subscribe,
)
from kouryu.publishing.tests.factories import NewsPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("kouryu.publishing.tests.newsletter_urls")]


def confirmed(email: str, language: str) -> Subscriber:
    subscriber = subscriber_subscribe(email=email, language=language)
    return subscriber_confirm(token=subscriber.confirm_token)


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    """Post the sign-up form and let the task it leaves behind run, as the worker would."""

    def post(path="/ja/newsletter/", *, email, language="ja", website="", ip="203.0.113.1"):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                path,
                {"email": email, "language": language, "website": website},
                REMOTE_ADDR=ip,
            )

    return post


def translated(message: str, language: str) -> str:
    with translation.override(language):
        return gettext(message)


def titles_in(edition: Edition, language: str) -> list[str]:
    locale = Locale.objects.get(language_code=language)
    return [
        Page.objects.get(translation_key=page.translation_key, locale=locale).title
        for page in edition.article_pages()
    ]


SINCE_EVER = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


@pytest.fixture
def edition(admin_user, newsroom):
    """A draft of the four articles of the newsroom (publishing.tests.factories.newsroom)."""
    return edition_compose_recent(since=SINCE_EVER, by=admin_user)


def test_signup_stores_pending_and_sends_confirmation_in_chosen_language(client, sign_up):
    response = sign_up(email=" Wang.Fang@Example.CN ", language="zh-hans")
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
    assert f"/zh-hans/newsletter/confirm/{subscriber.confirm_token}/" in message.body
    assert str(subscriber.unsubscribe_token) not in message.body
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


def test_signing_up_twice_keeps_one_subscriber_and_sends_one_email(sign_up):
    for email in ("Sato@example.jp", "sato@EXAMPLE.jp"):
        response = sign_up(email=email)
        assert response.status_code == 302
    assert Subscriber.objects.filter(email="sato@example.jp").count() == 1
    assert len(mail.outbox) == 1


def test_honeypot_is_accepted_silently_but_stores_nothing(sign_up):
    response = sign_up(
        "/en/newsletter/", email="bot@example.com", language="en", website="http://spam.example"
    )
    assert response.status_code == 302 and response["Location"].endswith("/check-your-inbox/")
    assert not Subscriber.objects.exists() and not mail.outbox


def test_confirm_needs_a_post_and_unknown_links_get_404(client, sign_up):
    sign_up("/en/newsletter/", email="a@example.com", language="en")
    url = re.search(r"https?://\S+/confirm/\S+/", mail.outbox[0].body).group(0)
    path = url.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == 200 and "<form" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING  # scanners do not confirm
    response = client.post("/" + path)
    assert response.status_code == 302
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    # The secret is used up: a second press finds the link spent, and changes nothing.
    assert client.post("/" + path).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED
    unknown = client.get("/en/newsletter/confirm/00000000-0000-0000-0000-000000000000/")
    assert unknown.status_code == 404
    assert "This link is not valid any more" in unknown.content.decode()


def test_compose_from_recent_items(admin_user, newsroom):
    # Articles dated in the last days are recent; a report dated two months ago is not.
    today = timezone.localdate()
    for days, page in enumerate(
        [
            newsroom.news["jet-briefing"]["ja"],
            newsroom.news["wechat"]["ja"],
            newsroom.reports["local-economies"]["ja"],
        ],
        start=1,
    ):
        type(page).objects.filter(pk=page.pk).update(date=today - datetime.timedelta(days=days))
    old = newsroom.reports["friendship-cities"]["ja"]
    ReportPage.objects.filter(pk=old.pk).update(date=today - datetime.timedelta(days=60))
    edition = edition_compose_recent(by=admin_user)
    # The Japanese originals, newest first.
    assert [p.pk for p in edition.article_pages()] == [
        newsroom.news["jet-briefing"]["ja"].pk,
        newsroom.news["wechat"]["ja"].pk,
        newsroom.reports["local-economies"]["ja"].pk,
    ]
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
        token = Subscriber.objects.get(email=message.to[0]).unsubscribe_token
        unsubscribe = message.extra_headers["List-Unsubscribe"]
        assert re.fullmatch(rf"<https?://\S+/newsletter/unsubscribe/{token}/>", unsubscribe)
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert unsubscribe[1:-1] in message.body
        assert unsubscribe[1:-1] in message.alternatives[0].content
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT and edition.finished_at
    assert deliveries_send() == 0


def test_unsubscribe_link_works_at_once_and_later_editions_skip_them(
    client, edition, admin_user, newsroom
):
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

    # Opening the link (as a mail scanner does) only shows a button.
    response = client.get(path)
    assert response.status_code == 200 and "<form" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    response = client.post(path)
    assert response.status_code == 200
    assert "You have been unsubscribed" in response.content.decode()
    assert 'href="/en/newsletter/"' in response.content.decode()  # subscribe again
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    # RFC 8058 one-click POST from the mail client, without a CSRF token; again harmless.
    assert client.post(path, {"List-Unsubscribe": "One-Click"}).status_code == 200

    # A later edition, with a new article (those already sent are not listed again).
    NewsPageFactory(parent=newsroom.indexes["news"]["ja"], title="次号のお知らせ")
    later = edition_compose_recent(since=SINCE_EVER, by=admin_user)
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


def test_admin_compose_creates_a_draft_and_opens_it(admin_client, newsroom):
    # Every article dated this week: all are recent.
    for pages in [*newsroom.news.values(), *newsroom.reports.values()]:
        type(pages["ja"]).objects.filter(pk=pages["ja"].pk).update(date=timezone.localdate())
    response = admin_client.post("/admin/newsletter/compose/")
    edition = Edition.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/snippets/publishing/edition/edit/{edition.pk}/"
    articles = [*newsroom.news.values(), *newsroom.reports.values()]
    assert {p.pk for p in edition.article_pages()} == {a["ja"].pk for a in articles}


def test_queuing_an_edition_sends_it_through_the_task(
    edition, admin_user, django_capture_on_commit_callbacks
):
    for n in range(3):
        confirmed(f"reader{n}@example.com", "ja")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        edition_queue(edition=edition, by=admin_user)
    assert not Delivery.objects.filter(status=Delivery.Status.PENDING).exists()
    assert sorted(m.to[0] for m in mail.outbox) == [f"reader{n}@example.com" for n in range(3)]
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT


def test_the_resume_task_sends_what_a_stopped_worker_left(edition, admin_user):
    from kouryu.publishing.tasks import newsletter_resume_task

    confirmed("reader@example.com", "ja")
    edition_queue(edition=edition, by=admin_user)  # its task never ran
    mail.outbox.clear()
    assert newsletter_resume_task.call() == 1
    assert [m.to for m in mail.outbox] == [["reader@example.com"]]


# Double opt-in that holds, and limits on confirmation emails ----------------------------


def test_a_forwarded_unsubscribe_link_cannot_subscribe_anyone_again(client, edition, admin_user):
    subscriber = confirmed("leaving@example.com", "en")
    unsubscribe = f"/en/newsletter/unsubscribe/{subscriber.unsubscribe_token}/"
    assert client.post(unsubscribe).status_code == 200
    # Someone who holds a forwarded edition signs the address up again (the confirmation
    # goes to the owner's mailbox) and tries the edition's link as the confirmation link.
    subscriber_subscribe(email="leaving@example.com", language="en")
    for method in (client.get, client.post):
        response = method(f"/en/newsletter/confirm/{subscriber.unsubscribe_token}/")
        assert response.status_code == 404
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_each_signup_gets_a_fresh_confirmation_secret(client):
    first = subscriber_subscribe(email="again@example.com", language="ja")
    old_link = f"/ja/newsletter/confirm/{first.confirm_token}/"
    subscriber_confirm(token=first.confirm_token)
    client.post(f"/ja/newsletter/unsubscribe/{first.unsubscribe_token}/")
    # The old confirmation link, from before leaving, does nothing now.
    assert client.post(old_link).status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    second = subscriber_subscribe(email="again@example.com", language="ja")
    assert second.confirm_token and second.confirm_token != first.confirm_token
    assert second.unsubscribe_token == first.unsubscribe_token
    assert client.post(f"/ja/newsletter/confirm/{second.confirm_token}/").status_code == 302
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_the_request_itself_sends_nothing(client):
    # The mail goes out from a task after the response, so answering takes the same work
    # whether or not the address is subscribed.
    confirmed("known@example.com", "ja")
    mail.outbox.clear()
    for email in ("known@example.com", "new@example.com"):
        response = client.post("/ja/newsletter/", {"email": email, "language": "ja", "website": ""})
        assert response["Location"] == "/ja/newsletter/check-your-inbox/"
    assert not mail.outbox
    assert not Subscriber.objects.filter(email="new@example.com").exists()


def test_a_mailbox_gets_a_few_confirmations_a_day_whatever_its_variants(sign_up, settings):
    variants = ["reader@example.org", "Reader+1@example.org", "reader+news@EXAMPLE.org"]
    variants += ["reader+4@example.org", "reader+5@example.org"]
    for n, email in enumerate(variants):
        sign_up(email=email, ip=f"198.51.100.{n}")
    assert len(mail.outbox) == 3


def test_a_client_is_refused_after_many_signups(sign_up):
    for n in range(10):
        assert sign_up(email=f"person{n}@example.org").status_code == 302
    response = sign_up(email="person10@example.org")
    assert response.status_code == 200
    assert "短時間に多くの登録" in response.content.decode()
    assert len(mail.outbox) == 10
    # Another client is not affected.
    assert sign_up(email="other@example.org", ip="192.0.2.200").status_code == 302


def test_the_site_sends_a_limited_number_of_confirmations_in_all(sign_up, monkeypatch):
    from kouryu.publishing import newsletter

    monkeypatch.setattr(newsletter, "CONFIRMATIONS_PER_HOUR_IN_TOTAL", 2)
    answers = [
        sign_up(email=f"p{n}@example.org", ip=f"198.51.100.{n}").status_code for n in range(3)
    ]
    assert answers == [302, 302, 200]
    assert len(mail.outbox) == 2


def test_links_in_the_newsletters_emails_lead_to_the_sites_own_address(sign_up, settings):
    from wagtail.models import Site

    # The address comes from the Wagtail Site, whatever the fallback setting says.
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    Site.objects.filter(is_default_site=True).update(hostname="kouryu.example", port=443)
    sign_up(email="reader@example.com", language="en")
    [message] = mail.outbox
    assert "https://kouryu.example/en/newsletter/confirm/" in message.body
    assert "127.0.0.1" not in message.body

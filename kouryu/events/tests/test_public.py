"""The public side: lists, the event page, the form (group, bot check, double submit),
the calendar files and the link to cancel or change."""

import base64
import re
import uuid
import zoneinfo

import icalendar
import pytest
from django.core import mail, signing
from django.utils import translation

from kouryu.events import botcheck, services
from kouryu.events.models import Attendee, EventIndexPage, Registration
from kouryu.events.tests.factories import event_make, register

pytestmark = pytest.mark.django_db


def _form(client, page, *, people=1, **extra):
    """What a browser without JavaScript sends: the page's own question, answered."""
    response = client.get(page.url + f"?people={people}")
    assert response.status_code == 200
    html = response.content.decode()
    question = response.context["question"]
    a, b = question["a"], question["b"]
    token = re.search(r'name="question_token" value="([^"]+)"', html).group(1)
    key = re.search(r'name="submission_key" value="([^"]+)"', html).group(1)
    data = {
        "contact_name": "王芳",
        "email": "wang@example.cn",
        "consent": "on",
        "submission_key": key,
        "question_token": token,
        "question_answer": str(a + b),
        "people-TOTAL_FORMS": str(people),
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "1",
        "people-MAX_NUM_FORMS": "10",
    }
    for n in range(people):
        data[f"people-{n}-name"] = f"参加者{n}"
    data.update(extra)
    return data


def _post(client, page, data):
    return client.post(page.url + "register/", data)


def test_lists_show_upcoming_and_past_in_the_readers_language(client, indexes):
    import datetime

    upcoming = event_make(indexes)
    past = event_make(indexes, starts_in=-datetime.timedelta(days=30))
    html = client.get(indexes["zh-hans"].url).content.decode()
    assert upcoming["zh-hans"].title in html and past["zh-hans"].title not in html
    assert "北京时间" in html
    html = client.get(indexes["zh-hans"].url + "past/").content.decode()
    assert past["zh-hans"].title in html and upcoming["zh-hans"].title not in html


def test_event_page_shows_the_events_own_clock_and_the_seats_left(client, event):
    register(event["ja"], notify=False)
    html = client.get(event["ja"].url).content.decode()
    assert "北京時間" in html
    assert "残り2席" in html or "2" in html
    local = event["ja"].starts_at.astimezone(zoneinfo.ZoneInfo("Asia/Shanghai"))
    assert f"{local:%H:%M}" in html
    assert "Beijing time" in client.get(event["en"].url).content.decode()


def test_a_group_registers_in_one_form_in_chinese(client, indexes, run_tasks):
    from kouryu.events.tests.factories import ALLERGIES, kind_make

    pages = event_make(indexes, kind=kind_make(questions=[ALLERGIES]), capacity=10)
    data = _form(client, pages["zh-hans"], people=3, **{"people-1-q_allergies": "花生"})
    response = run_tasks(_post, client, pages["zh-hans"], data)
    assert response.status_code == 302, response.content.decode()[:3000]
    registration = Registration.objects.get()
    assert registration.language == "zh-hans"
    assert [a.answers for a in registration.attendees.all()] == [{}, {"allergies": "花生"}, {}]
    assert registration.attendees.filter(status=Attendee.Status.CONFIRMED).count() == 3
    (email,) = mail.outbox
    assert email.to == ["wang@example.cn"]
    assert "报名" in email.subject
    names = [a[0] for a in email.attachments]
    assert "event.ics" in names and any(n.endswith(".png") for n in names)
    ics = next(a[1] for a in email.attachments if a[0] == "event.ics")
    calendar = icalendar.Calendar.from_ical(ics)
    assert calendar.walk("VEVENT")[0]["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Shanghai"
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == pages["zh-hans"].title
    png = next(a[1] for a in email.attachments if a[0].endswith(".png"))
    assert png.startswith(b"\x89PNG")
    assert registration.code in email.body and "/zh-hans/events/" in email.body


def test_double_submit_registers_once(client, event):
    data = _form(client, event["ja"])
    first = _post(client, event["ja"], data)
    # The same form again (a second click): a new bot check answer, the same key.
    again = _form(client, event["ja"])
    again["submission_key"] = data["submission_key"]
    second = _post(client, event["ja"], again)
    assert first.status_code == second.status_code == 302
    assert Registration.objects.count() == 1


@pytest.mark.parametrize("answer", ["", "999"])
def test_bot_check_refuses_a_missing_or_wrong_answer(client, event, answer):
    data = _form(client, event["ja"], question_answer=answer)
    response = _post(client, event["ja"], data)
    assert response.status_code == 400
    assert Registration.objects.count() == 0


def test_bot_check_answer_works_once(client, event):
    data = _form(client, event["ja"])
    assert _post(client, event["ja"], data).status_code == 302
    data["submission_key"] = str(uuid.uuid4())
    assert _post(client, event["ja"], data).status_code == 400


def test_proof_of_work_passes_and_a_forged_one_does_not(client, event):
    import base64
    import json

    from altcha import solve_challenge_v1

    challenge = botcheck.challenge_new()
    solution = solve_challenge_v1(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxNumber"]
    )
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    encoded = base64.b64encode(json.dumps(payload).encode()).decode()
    forged = base64.b64encode(
        json.dumps({**payload, "number": solution.number + 1}).encode()
    ).decode()
    assert not botcheck.altcha_passes(forged)
    assert botcheck.altcha_passes(encoded)
    assert not botcheck.altcha_passes(encoded), "a solved challenge is good for one form"


def test_bad_input_gets_a_message_not_an_error(client, event):
    data = _form(client, event["ja"])
    for broken in (
        {"people-TOTAL_FORMS": "500"},
        {"people-TOTAL_FORMS": "x"},
        {"submission_key": "not-a-uuid"},
        {"email": "x" * 5000},
    ):
        response = _post(client, event["ja"], {**data, **broken})
        assert response.status_code == 400, broken
    assert client.get(event["ja"].url + "?people=abc").status_code == 200
    assert client.get(event["ja"].url + "registration/garbage/").status_code == 400


def test_full_event_puts_the_registrant_on_the_waiting_list_with_their_place(client, event):
    for _ in range(3):
        register(event["ja"], notify=False)
    response = _post(client, event["en"], _form(client, event["en"]))
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "number 1 on the waiting list" in html


def test_event_ics_parses_and_holds_the_events_zone(client, indexes):
    pages = event_make(indexes, time_zone="Asia/Tokyo")
    response = client.get(pages["ja"].url + "calendar/")
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert entry["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert entry.decoded("DTSTART") == pages["ja"].starts_at
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    assert str(entry["SUMMARY"]) == pages["ja"].title


def test_calendar_and_feed_per_language(client, indexes):
    pages = event_make(indexes)
    calendar = icalendar.Calendar.from_ical(
        client.get(indexes["zh-hans"].url + "calendar/").content
    )
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [pages["zh-hans"].title]
    assert calendar.walk("VEVENT")[0]["DTSTART"].params["TZID"] == "Asia/Shanghai"
    feed = client.get(indexes["en"].url + "feed/").content.decode()
    assert pages["en"].title in feed and pages["ja"].title not in feed


def test_cancel_link_works_once_and_refuses_tampering(client, event, run_tasks):
    first = register(event["ja"], notify=False)
    for _ in range(2):
        register(event["ja"], notify=False)
    waiting = register(event["ja"], email="next@example.org", notify=False)
    token = services.manage_token(registration=first.registration)
    url = event["ja"].url + f"registration/{token}/"
    assert client.get(url).status_code == 200
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert client.get(event["ja"].url + f"registration/{tampered}/").status_code == 400
    # A link for another registration, signed with anything but the site's key.
    forged = signing.TimestampSigner(key="guess", salt=services.MANAGE_SALT).sign(
        f"{waiting.registration.pk}.{waiting.registration.link_nonce}"
    )
    forged = base64.urlsafe_b64encode(forged.encode()).decode().rstrip("=")
    assert (
        client.post(event["ja"].url + f"registration/{forged}/", {"scope": "all"}).status_code
        == 400
    )
    response = run_tasks(client.post, url, {"scope": "all"})
    assert response.status_code == 200
    assert first.registration.attendees.get().status == Attendee.Status.CANCELLED
    assert waiting.registration.attendees.get().status == Attendee.Status.CONFIRMED
    assert any(m.to == ["next@example.org"] for m in mail.outbox)
    # The link was used: it cancels nothing more.
    assert client.post(url, {"scope": "all"}).status_code == 410


def test_events_are_in_the_site_search(indexes):
    from kouryu.search.selectors import search

    pages = event_make(indexes)
    results = search(pages["zh-hans"].title, language="zh-hans", kinds=["event"])
    assert [int(hit.object_id) for hit in results.hits] == [pages["zh-hans"].pk]


def test_cancelling_some_people_keeps_the_others_with_a_new_link(client, event, run_tasks):
    pair = register(event["ja"], people=2, notify=False)
    token = services.manage_token(registration=pair.registration)
    first, second = pair.registration.attendees.all()
    response = run_tasks(
        client.post,
        event["ja"].url + f"registration/{token}/",
        {"scope": "some", "attendee": [str(second.pk)]},
    )
    assert response.status_code == 200
    statuses = list(pair.registration.attendees.values_list("status", flat=True))
    assert statuses == [Attendee.Status.CONFIRMED, Attendee.Status.CANCELLED]
    (changed,) = [m for m in mail.outbox if "変更" in m.subject]
    new_link = re.search(r"/registration/([\w-]+)/", changed.body).group(1)
    assert new_link != token
    assert client.get(event["ja"].url + f"registration/{new_link}/").status_code == 200


def test_the_lists_take_the_same_queries_for_one_event_or_five(client, indexes, no_page_cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event_make(indexes)
    client.get(indexes["ja"].url)
    with CaptureQueriesContext(connection) as one:
        client.get(indexes["ja"].url)
    for _ in range(4):
        event_make(indexes)
    client.get(indexes["ja"].url)  # the frame's shared parts are read again after the saves
    with CaptureQueriesContext(connection) as five:
        client.get(indexes["ja"].url)
    assert len(five) == len(one)


def test_too_many_registrations_from_one_client_are_refused(client, event, monkeypatch):
    from kouryu.events.views import public

    monkeypatch.setattr(public, "CLIENT_LIMIT", 1)
    assert _post(client, event["ja"], _form(client, event["ja"])).status_code == 302
    response = _post(client, event["ja"], _form(client, event["ja"]))
    assert response.status_code == 429
    assert Registration.objects.count() == 1


def test_the_menu_entry_costs_no_query_and_follows_the_page(client, indexes):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from kouryu.events.selectors import event_index_url

    with translation.override("zh-hans"):
        assert event_index_url() == "/zh-hans/events/"
        with CaptureQueriesContext(connection) as queries:
            assert event_index_url() == "/zh-hans/events/"
        assert len(queries) == 0
        page = EventIndexPage.objects.get(pk=indexes["zh-hans"].pk)
        page.slug = "huodong"
        page.save_revision().publish()
        assert event_index_url() == "/zh-hans/huodong/"
        EventIndexPage.objects.get(pk=page.pk).unpublish()
        assert event_index_url() == ""


def test_past_events_are_in_the_sitemap(client, indexes):
    html = client.get("/sitemap-events-past.xml").content.decode()
    assert "/en/events/past/" in html and "/zh-hans/events/past/" in html

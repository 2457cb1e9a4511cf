"""The staff side: who sees registrants, the exports, messages, check-in and statistics."""

import csv
import io

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.events import services
from kouryu.events.models import Attendee, Mailing
from kouryu.events.tests.factories import ALLERGIES, DIET, event_make, kind_make, register

pytestmark = pytest.mark.django_db


@pytest.fixture
def login(client):
    def as_member(group_name):
        user = StaffUserFactory(group=group_name)
        client.force_login(user)
        return user

    return as_member


@pytest.fixture
def cooking(indexes):
    pages = event_make(indexes, kind=kind_make(questions=[ALLERGIES, DIET]), capacity=2)
    services.registration_create(
        event=pages["ja"],
        contact=services.Contact(name="=HYPERLINK(1)", email="a@example.org"),
        people=[
            services.Person(name="佐藤", answers={"allergies": "えび", "diet": 1}),
            services.Person(name="鈴木", answers={"diet": 2}),
        ],
        language="ja",
        notify=False,
    )
    register(pages["ja"], notify=False)
    return pages


@pytest.mark.parametrize("group_name", [OFFICE_MANAGERS, STAFF])
def test_staff_see_registrants_with_their_answers(client, login, cooking, group_name):
    login(group_name)
    html = client.get(reverse("events_registrants", args=[cooking["ja"].pk])).content.decode()
    assert "佐藤" in html and "えび" in html and "ベジタリアン" in html


def test_editors_do_not_see_registrants(client, login, cooking):
    login(EDITORS)
    for name in (
        "events_registrants",
        "events_registrants_csv",
        "events_registrants_xlsx",
        "events_checkin",
    ):
        response = client.get(reverse(name, args=[cooking["ja"].pk]))
        assert response.status_code in (302, 403), name
    assert client.get(reverse("events_statistics")).status_code in (302, 403)


def test_exports_hold_every_person_and_run_no_formula(client, login, cooking):
    login(STAFF)
    response = client.get(reverse("events_registrants_csv", args=[cooking["ja"].pk]))
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + 3
    assert rows[1][2] == "'=HYPERLINK(1)"
    assert "ハラール" in rows[2]
    response = client.get(reverse("events_registrants_xlsx", args=[cooking["ja"].pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(values) == 4 and values[1][8] == "佐藤"


def test_message_to_the_waiting_list_in_each_language_with_progress(
    client, login, cooking, run_tasks
):
    waiting_zh = register(
        cooking["zh-hans"], language="zh-hans", email="zh@example.cn", notify=False
    )
    waiting_en = register(cooking["en"], language="en", email="en@example.org", notify=False)
    login(STAFF)
    mail.outbox.clear()
    response = run_tasks(
        client.post,
        reverse("events_message", args=[cooking["ja"].pk]),
        {
            "audience": "waitlisted",
            "subject_ja": "ご案内",
            "body_ja": "本文です",
            "subject_zh": "通知",
            "body_zh": "正文",
            "subject_en": "Notice",
            "body_en": "Text",
        },
    )
    assert response.status_code == 302
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    # The fixture's single registrant waits too (the pair took both seats).
    assert subjects == {
        "zh@example.cn": "通知",
        "en@example.org": "Notice",
        subjects_ja(): "ご案内",
    }
    mailing = Mailing.objects.get()
    assert (mailing.sent, mailing.total) == (3, 3) and mailing.finished_at
    html = client.get(reverse("events_registrants", args=[cooking["ja"].pk])).content.decode()
    assert "3 / 3" in html
    assert waiting_zh.waitlisted and waiting_en.waitlisted


def test_checkin_by_code_then_second_scan_says_already_with_the_time(client, login, cooking):
    login(STAFF)
    outcome = register(cooking["ja"], notify=False)  # waiting list: no seat
    confirmed = services.registration_create(
        event=cooking["ja"],
        contact=services.Contact(name="x", email="x@example.org"),
        people=[services.Person(name="x")],
        language="ja",
        notify=False,
    )
    url = reverse("events_checkin", args=[cooking["ja"].pk])
    first_code = cooking_first_code(cooking)
    json = {"HTTP_ACCEPT": "application/json"}
    first = client.post(url, {"code": first_code.lower()}, **json).json()
    assert first["status"] == "checked_in" and first["people"] == 2 and first["at"]
    again = client.post(url, {"code": first_code}, **json).json()
    assert again["status"] == "already" and again["at"] == first["at"]
    assert client.post(url, {"code": "NOPE1234"}, **json).json()["status"] == "unknown"
    assert (
        client.post(url, {"code": outcome.registration.code}, **json).json()["status"]
        == "not_confirmed"
    )
    assert confirmed.waitlisted == 1
    # Without JavaScript, the page answers in HTML.
    html = client.post(url, {"code": first_code}).content.decode()
    assert "result-already" in html
    assert Attendee.objects.filter(checked_in_at__isnull=False).count() == 2


def subjects_ja():
    from kouryu.events.models import Registration

    return Registration.objects.filter(language="ja", contact_name__startswith="連絡者").get().email


def cooking_first_code(pages):
    from kouryu.events.models import Registration

    return Registration.objects.filter(roster__event_key=pages["ja"].translation_key).first().code


def test_statistics_per_event_and_kind(client, login, indexes):
    import datetime

    from kouryu.events.models import Registration

    past = event_make(indexes, starts_in=-datetime.timedelta(days=3), capacity=10)
    for _ in range(4):
        Registration.objects.filter(pk=_past_registration(past).pk)
    codes = list(Registration.objects.values_list("code", flat=True))
    services.checkin(event=past["ja"], code=codes[0])
    login(OFFICE_MANAGERS)
    response = client.get(reverse("events_statistics"))
    rows = {row.label: row for row in response.context["stats"]["events"]}
    row = rows[past["ja"].title]
    assert (row.registered, row.attended, row.no_show_rate) == (4, 1, 75.0)
    assert response.context["stats"]["kinds"][0].registered == 4
    assert "echarts" in response.content.decode()


def _past_registration(pages):
    """A registration made while registration was open (the event is over now)."""
    import datetime

    return services.registration_create(
        event=pages["ja"],
        contact=services.Contact(name="x", email="x@example.org"),
        people=[services.Person(name="x")],
        language="ja",
        notify=False,
        now=pages["ja"].starts_at - datetime.timedelta(days=2),
    ).registration


def test_dashboard_names_events_with_a_waiting_list(rf, cooking):
    from kouryu.core.hooks import attention_items

    request = rf.get("/admin/")
    request.user = StaffUserFactory(group=STAFF)
    (waiting,) = [i for i in attention_items(request) if i.url == reverse("events_list")]
    assert waiting.count == 1 and waiting.examples[0][0] == cooking["ja"].title
    request.user = StaffUserFactory(group=EDITORS)
    assert not [i for i in attention_items(request) if "events" in i.url]


def test_admin_pages_for_events_open(admin_client, cooking):
    index = cooking["ja"].get_parent()
    for url in (
        f"/admin/pages/{index.pk}/",
        f"/admin/pages/{cooking['ja'].pk}/edit/",
        f"/admin/pages/add/events/eventpage/{index.pk}/",
        reverse("wagtailsnippets_events_eventkind:list"),
        reverse("wagtailsnippets_events_eventkind:add"),
        reverse("events_list"),
        reverse("events_checkin_choose"),
        reverse("events_message", args=[cooking["ja"].pk]),
        "/admin/",
    ):
        assert admin_client.get(url).status_code == 200, url
    html = admin_client.get(f"/admin/pages/{index.pk}/").content.decode()
    assert reverse("events_registrants", args=[cooking["ja"].pk]) in html

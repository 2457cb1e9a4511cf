"""The demo events: three languages, a seminar, a cooking event with its waiting list, a
tourism fair and a past JET session with attendance."""

import io

import pytest

from kouryu.core import hooks
from kouryu.core.tests.transactions import rolled_back
from kouryu.events import selectors
from kouryu.events.models import Attendee, EventPage


@pytest.fixture(scope="module")
def events_demo(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        hooks.run_demo(io.StringIO(), apps={"offices", "website", "events"})
        yield


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("events_demo")]


def test_four_events_in_three_languages():
    by_language = {}
    for page in EventPage.objects.live().select_related("locale"):
        by_language.setdefault(page.locale.language_code, []).append(page.slug)
    assert {k: len(v) for k, v in by_language.items()} == {"ja": 4, "zh-hans": 4, "en": 4}
    titles = EventPage.objects.filter(locale__language_code="ja").values_list("title", flat=True)
    assert "日中地域間交流推進セミナー" in titles


def test_cooking_event_is_full_for_the_public_with_a_visible_waiting_list(client):
    cooking = EventPage.objects.get(slug="cooking-dashi", locale__language_code="zh-hans")
    seats = {pool.key: pool for pool in selectors.event_seats(event=cooking)}
    assert seats["public"].full and seats["public"].waiting == 2
    assert seats["students"].left == 1
    html = client.get(cooking.url).content.decode()
    assert "名额已满" in html and "候补2人" in html and "北京时间" in html


def test_past_jet_session_has_its_attendance(client):
    jet = EventPage.objects.get(slug="jet-programme-session", locale__language_code="ja")
    assert jet.is_past
    people = Attendee.objects.filter(roster__event_key=jet.translation_key)
    assert people.count() == 12 and people.filter(checked_in_at__isnull=False).count() == 9
    html = client.get(jet.get_parent().url + "past/").content.decode()
    assert "JETプログラム説明会" in html


def test_the_menu_leads_to_the_events_in_each_language(client):
    html = client.get("/en/").content.decode()
    assert 'href="/en/events/"' in html

"""Factories for events: kinds with questions, the events page and events in every
language, and registrations made through the services, as the form makes them."""

import datetime
import itertools
import uuid

from django.utils import timezone

from kouryu.core.translation import page_create_translated
from kouryu.events import services
from kouryu.events.models import EventIndexPage, EventKind, EventPage, Question, TicketType

_numbers = itertools.count(1)


def kind_make(*, slug: str | None = None, keep_days: int = 90, questions=()) -> EventKind:
    kind = EventKind.objects.create(
        slug=slug or f"kind-{next(_numbers)}",
        name_ja="料理体験",
        name_zh="料理体验",
        name_en="Cooking event",
        keep_days=keep_days,
    )
    for n, spec in enumerate(questions):
        Question.objects.create(kind=kind, sort_order=n, **spec)
    return kind


ALLERGIES = {
    "key": "allergies",
    "label_ja": "アレルギー",
    "label_zh": "过敏",
    "label_en": "Allergies",
    "field_type": Question.FieldType.TEXT,
    "asked": Question.Asked.ATTENDEE,
}
DIET = {
    "key": "diet",
    "label_ja": "食事制限",
    "label_zh": "饮食限制",
    "label_en": "Dietary needs",
    "field_type": Question.FieldType.CHOICE,
    "choices_ja": "なし\nベジタリアン\nハラール",
    "choices_zh": "无\n素食\n清真",
    "choices_en": "None\nVegetarian\nHalal",
    "asked": Question.Asked.ATTENDEE,
}


def index_pages(homes) -> dict[str, EventIndexPage]:
    return page_create_translated(
        parent=homes["ja"],
        page=EventIndexPage(slug="events"),
        fields_by_language={
            "ja": {"title": "イベント"},
            "zh-hans": {"title": "活动"},
            "en": {"title": "Events"},
        },
    )


def event_make(
    indexes,
    *,
    kind: EventKind | None = None,
    capacity: int | None = 10,
    tickets=(),
    starts_in: datetime.timedelta = datetime.timedelta(days=20),
    hours: int = 3,
    time_zone: str = "Asia/Shanghai",
    **fields,
) -> dict[str, EventPage]:
    """An event in every language (ja, zh-hans, en), published; ``tickets`` are
    (key, capacity) pairs."""
    kind = kind or kind_make(questions=[ALLERGIES])
    start = (timezone.now() + starts_in).replace(second=0, microsecond=0)
    n = next(_numbers)
    page = EventPage(
        slug=f"event-{n}",
        kind=kind,
        capacity=capacity,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        time_zone=time_zone,
        **fields,
    )
    for m, (key, seats) in enumerate(tickets):
        page.ticket_types.add(
            TicketType(key=key, name_ja=key, name_zh=key, name_en=key, capacity=seats, sort_order=m)
        )
    titles = {"ja": f"イベント{n}", "zh-hans": f"活动{n}", "en": f"Event {n}"}
    venues = {"ja": "北京事務所 会議室", "zh-hans": "北京事务所 会议室", "en": "Beijing Office"}
    return page_create_translated(
        parent=indexes["ja"],
        page=page,
        fields_by_language={
            code: {"title": titles[code], "venue": venues[code], "description": "<p>…</p>"}
            for code in titles
        },
    )


def register(
    event: EventPage,
    *,
    people: int = 1,
    language: str = "ja",
    email: str | None = None,
    ticket: str = "",
    split_ok: bool = False,
    notify: bool = True,
    key=None,
) -> services.Outcome:
    n = next(_numbers)
    return services.registration_create(
        event=event,
        contact=services.Contact(name=f"連絡者{n}", email=email or f"person{n}@example.org"),
        people=[services.Person(name=f"参加者{n}-{m}") for m in range(people)],
        language=language,
        ticket=ticket,
        split_ok=split_ok,
        submission_key=key or uuid.uuid4(),
        notify=notify,
    )

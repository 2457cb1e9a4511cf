"""Calendar files (RFC 5545) of events: one event for an email, a language's upcoming
events for a subscription. Times carry the event's own zone (TZID, with its VTIMEZONE)."""

import datetime
import functools
from collections.abc import Iterable

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, Timezone

from kouryu.core.mail import absolute_url

PRODID = "-//CLAIR Beijing//Kouryu events//EN"


def event_ics(events: Iterable, *, name: str = "") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    events = list(events)
    for page in events:
        entry = Event()
        # One UID per event, the same in every language, so that calendars update it.
        entry.add("uid", f"{page.translation_key}@kouryu")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", page.local_start)
        entry.add("dtend", page.local_end)
        entry.add("summary", page.title)
        entry.add("location", page.venue)
        text = page.summary or strip_tags(page.description)
        entry.add("description", " ".join(text.split()))
        if page.url:
            entry.add("url", absolute_url(page.url))
        calendar.add_component(entry)
    if events:
        first = min(page.local_start.year for page in events) - 1
        last = max(page.local_end.year for page in events) + 1
        for tzid in sorted({page.time_zone for page in events}, reverse=True):
            calendar.subcomponents.insert(0, Timezone.from_ical(_vtimezone(tzid, first, last)))
    return calendar.to_ical()


@functools.lru_cache(maxsize=64)
def _vtimezone(tzid: str, first_year: int, last_year: int) -> bytes:
    """A zone's VTIMEZONE for the years around the events, made once per process: working
    out the rules takes tens of milliseconds (icalendar's default span is 1970 to 2038)."""
    return Timezone.from_tzid(
        tzid,
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year, 12, 31),
    ).to_ical()

"""Calendar files (RFC 5545) of events: one event for an email, a language's upcoming
events for a subscription. Times carry the event's own zone (TZID, with its VTIMEZONE)."""

from collections.abc import Iterable

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

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
    calendar.add_missing_timezones()
    return calendar.to_ical()

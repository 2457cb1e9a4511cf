"""Forget the cached address of the events page when the page changes (the menu reads it)."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from kouryu.events.models import EventIndexPage
from kouryu.events.selectors import event_index_url_forget


def _forget(**kwargs) -> None:
    event_index_url_forget()


def connect() -> None:
    page_published.connect(_forget, sender=EventIndexPage, dispatch_uid="events-nav-published")
    page_unpublished.connect(_forget, sender=EventIndexPage, dispatch_uid="events-nav-unpublished")
    post_delete.connect(_forget, sender=EventIndexPage, dispatch_uid="events-nav-deleted")
    # A move of any page above the events page changes its address.
    post_page_move.connect(_forget, dispatch_uid="events-nav-moved")

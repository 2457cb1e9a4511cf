"""Event pages in the site's search, dated by the day they start."""

from django.utils.translation import gettext_lazy as _


def register_with_search() -> None:
    from kouryu.events.models import EventPage
    from kouryu.search import registry
    from kouryu.search.registry import join_text, page_search_text

    registry.register_page(
        EventPage,
        kind="event",
        label=_("Events"),
        order=40,
        date=lambda page: page.starts_at,
        body=lambda page: join_text([page_search_text(page), page.venue]),
    )

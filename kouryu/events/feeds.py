"""The RSS feed of upcoming events, per language (/<lang>/events/feed/)."""

from django.contrib.syndication.views import Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from kouryu.events import selectors


class EventFeed(Feed):
    @property
    def language(self):
        return get_language()

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return self.request.build_absolute_uri(index.url)

    def description(self, index):
        return _("Upcoming events of the office")

    def items(self, index):
        return list(selectors.event_upcoming(index=index, locale=Locale.get_active())[:30])

    def item_title(self, item):
        return f"{item.title} ({item.when()})"

    def item_description(self, item):
        return item.summary or item.venue

    def item_link(self, item):
        return self.request.build_absolute_uri(item.url)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

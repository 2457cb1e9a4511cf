"""sitemap-events-past.xml: the list of past events in each language (the event pages
themselves are in the site's page sitemap)."""

from django.contrib.sitemaps import Sitemap

from kouryu.events.models import EventIndexPage


class PastEventsSitemap(Sitemap):
    def items(self):
        return list(EventIndexPage.objects.live().public().order_by("path"))

    def location(self, index):
        return index.url + index.reverse_subpage("past")

"""sitemap.xml: every public page in every language, each with its hreflang alternates."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail.models import Page

from kouryu.core.i18n import bcp47


class PageSitemap(Sitemap):
    """Live, public Wagtail pages; a page's translations are listed as its alternates."""

    def items(self):
        pages = list(
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("locale")
            .order_by("path")
        )
        self._translations = defaultdict(list)
        for page in pages:
            self._translations[page.translation_key].append(page)
        return pages

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            page_ = url["item"]
            siblings = sorted(self._translations[page_.translation_key], key=lambda p: p.locale_id)
            if len(siblings) > 1:
                url["alternates"] = [
                    {
                        "lang_code": bcp47(p.locale.language_code),
                        "location": f"{protocol}://{domain}{self.location(p)}",
                    }
                    for p in siblings
                ]
        return urls


class RegistrySitemap(Sitemap):
    """The registry's own pages, in each language, with alternates."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["partnerships:list", "partnerships:statistics", "partnerships:map"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "registry": RegistrySitemap}

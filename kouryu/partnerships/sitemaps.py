"""The registry's sections of sitemap.xml (registered through the SITEMAPS hook)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class RegistrySitemap(Sitemap):
    """The registry's own pages, in each language, with alternates."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["partnerships:list", "partnerships:statistics", "partnerships:map"]

    def location(self, name):
        return reverse(name)

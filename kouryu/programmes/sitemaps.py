"""The programme pages in sitemap.xml: the index and each year with records."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class ProgrammesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        from kouryu.programmes.selectors import programme_years

        return [None, *(row.year for row in programme_years())]

    def location(self, year):
        if year is None:
            return reverse("programmes:index")
        return reverse("programmes:year", args=[str(year)])

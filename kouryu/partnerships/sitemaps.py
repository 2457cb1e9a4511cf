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


class PartnershipSitemap(Sitemap):
    """Every partnership's page, in each language, with alternates (split into files of
    ``limit`` addresses by Django's sitemap index)."""

    i18n = True
    alternates = True
    x_default = True
    limit = 15000  # addresses per file: 5,000 partnerships in three languages

    def items(self):
        from kouryu.partnerships.models import Partnership

        return Partnership.objects.only("pk", "updated_at").order_by("pk")

    def location(self, partnership):
        return reverse("partnerships:detail", args=[partnership.pk])

    def lastmod(self, partnership):
        return partnership.updated_at


class PlaceSitemap(Sitemap):
    """The page of every place with a partnership, in each language, with alternates. Places
    without one have a page too, but nothing to say; they are left out."""

    i18n = True
    alternates = True
    x_default = True
    limit = 15000

    def items(self):
        from django.db.models import Q

        from kouryu.places.models import Place

        return (
            Place.objects.filter(
                Q(partnerships_as_japan_side__isnull=False)
                | Q(partnerships_as_partner__isnull=False)
            )
            .distinct()
            .only("pk")
            .order_by("pk")
        )

    def location(self, place):
        return reverse("partnerships:place", args=[place.pk])

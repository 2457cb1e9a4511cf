"""Factories for the registry: partnerships between gazetteer places, with a source."""

import datetime

import factory

from kouryu.core.dates import DatePrecision
from kouryu.partnerships.models import (
    Partnership,
    PartnershipKind,
    PartnershipSource,
    PartnershipStatus,
    SourceKind,
)
from kouryu.places.tests.factories import gazetteer_place


class PartnershipFactory(factory.django.DjangoModelFactory):
    """Kobe–Tianjin, friendship city since 1973-06-24, unless told otherwise."""

    class Meta:
        model = Partnership
        skip_postgeneration_save = True

    japan_side = factory.LazyFunction(lambda: gazetteer_place("281000"))
    partner = factory.LazyFunction(lambda: gazetteer_place("120000", "CN"))
    kind = PartnershipKind.FRIENDSHIP
    agreed_on = datetime.date(1973, 6, 24)
    date_precision = DatePrecision.DAY
    status = PartnershipStatus.ACTIVE

    @factory.post_generation
    def source(partnership, create, extracted, **kwargs):
        if create and extracted is not False:
            PartnershipSource.objects.create(
                partnership=partnership,
                kind=SourceKind.GOVERNMENT,
                title="神戸市ホームページ",
                url=extracted or f"https://www.city.kobe.lg.jp/partner/{partnership.pk}",
            )

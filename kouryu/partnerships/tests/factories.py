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


WIKIPEDIA_LIST = "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Japan"
CLAIR_KOBE_TIANJIN = "https://www.clair.or.jp/j/exchange/shimai/data/detail/1176"


def kobe_tianjin(**kwargs) -> Partnership:
    """Kobe–Tianjin as the shipped data has it: kind not recorded, dated 1973-06-24 by
    CLAIR's data, and listed by Wikipedia: two sources."""
    partnership = PartnershipFactory(
        kind=PartnershipKind.UNSPECIFIED, date_basis="都市提携式挙行の日", source=False, **kwargs
    )
    PartnershipSource.objects.create(
        partnership=partnership, kind=SourceKind.CLAIR, url=CLAIR_KOBE_TIANJIN
    )
    PartnershipSource.objects.create(
        partnership=partnership,
        kind=SourceKind.WIKIPEDIA,
        title="English Wikipedia: List of twin towns and sister cities in Japan",
        url=WIKIPEDIA_LIST,
    )
    return partnership


class Registry:
    """What registry() built, with the counts the tests reason about."""

    # Kobe–Tianjin (city–province, 1973), Hyogo–Guangdong (prefecture–province, 1983).
    HYOGO_DATED = 10  # Hyogo's towns with Chinese cities, sister cities 1975–1984
    HYOGO_UNDATED = 5  # Hyogo's towns with Chinese counties, kind not recorded
    OTHERS_DATED = 30  # Osaka's and Kyoto's towns with Chinese cities, friendship 1985–2014
    OTHERS_UNDATED = 55  # Saitama's towns with Chinese counties, kind not recorded
    CHINA = 2 + HYOGO_DATED + HYOGO_UNDATED + OTHERS_DATED + OTHERS_UNDATED  # 102
    CHINA_DATED = 2 + HYOGO_DATED + OTHERS_DATED  # 42
    ABROAD = 2  # Kobe–Seattle (1957) and Kobe–Incheon (2010): neither Japan nor China
    TOTAL = CHINA + ABROAD  # 104
    UNSPECIFIED = 1 + HYOGO_UNDATED + OTHERS_UNDATED  # 61, Kobe–Tianjin among them
    HYOGO = 2 + HYOGO_DATED + HYOGO_UNDATED  # 17 with China
    KOBE = 3  # Tianjin, Seattle, Incheon

    def __init__(self, **records):
        self.__dict__.update(records)


def registry() -> Registry:
    """A compact registry on gazetteer places, every record saved as staff save one (so
    indexed for the site search): see Registry for what it holds."""
    from kouryu.places.models import Country, Place, PlaceKind
    from kouryu.places.services import place_other_get_or_create

    def places(country: str, kind: str, *prefixes: str, **filters) -> list[Place]:
        # Only places with a position, so that the map draws every record.
        qs = Place.objects.filter(
            country__code=country, kind=kind, latitude__isnull=False, **filters
        ).order_by("code")
        if prefixes:
            qs = qs.filter(code__regex=rf"^({'|'.join(prefixes)})")
        return list(qs)

    hyogo = gazetteer_place("280003")
    kobe = gazetteer_place("281000")
    tianjin = gazetteer_place("120000", "CN")
    hyogo_towns = places("JP", PlaceKind.MUNICIPALITY, parent=hyogo)
    hyogo_towns = [town for town in hyogo_towns if town != kobe]
    cities = places("CN", PlaceKind.PREFECTURE_CITY)
    counties = places("CN", PlaceKind.COUNTY, "13", "14", "15")  # Hebei, Shanxi, Inner Mongolia

    records = {"kobe_tianjin": kobe_tianjin()}
    records["hyogo_guangdong"] = PartnershipFactory(
        japan_side=hyogo,
        partner=gazetteer_place("440000", "CN"),
        agreed_on=datetime.date(1983, 3, 1),
        date_precision=DatePrecision.MONTH,
    )
    records["hyogo_dated"] = [
        PartnershipFactory(
            japan_side=town,
            partner=city,
            kind=PartnershipKind.SISTER,
            agreed_on=datetime.date(1975 + n, 1, 1),
            date_precision=DatePrecision.YEAR,
        )
        for n, (town, city) in enumerate(zip(hyogo_towns[:10], cities[:10], strict=True))
    ]
    records["hyogo_undated"] = [
        PartnershipFactory(
            japan_side=town,
            partner=county,
            kind=PartnershipKind.UNSPECIFIED,
            agreed_on=None,
            date_precision=DatePrecision.UNKNOWN,
        )
        for town, county in zip(hyogo_towns[10:15], counties[:5], strict=True)
    ]
    others = places("JP", PlaceKind.MUNICIPALITY, "26", "27")[:30]
    records["others_dated"] = [
        PartnershipFactory(
            japan_side=town, partner=city, agreed_on=datetime.date(1985 + n, 4, 1 + n % 28)
        )
        for n, (town, city) in enumerate(zip(others, cities[10:40], strict=True))
    ]
    saitama = places("JP", PlaceKind.MUNICIPALITY, "11")[:55]
    records["others_undated"] = [
        PartnershipFactory(
            japan_side=town,
            partner=county,
            kind=PartnershipKind.UNSPECIFIED,
            agreed_on=None,
            date_precision=DatePrecision.UNKNOWN,
            source=False,
        )
        for town, county in zip(saitama, counties[5:60], strict=True)
    ]
    for record in records["others_undated"]:
        PartnershipSource.objects.create(
            partnership=record, kind=SourceKind.WIKIPEDIA, url=WIKIPEDIA_LIST
        )
    us, kr = Country.objects.get(code="US"), Country.objects.get(code="KR")
    records["kobe_seattle"] = PartnershipFactory(
        partner=place_other_get_or_create(country=us, name_en="Seattle"),
        kind=PartnershipKind.SISTER,
        agreed_on=datetime.date(1957, 10, 21),
    )
    records["kobe_incheon"] = PartnershipFactory(
        partner=place_other_get_or_create(country=kr, name_en="Incheon"),
        kind=PartnershipKind.EXCHANGE,
        agreed_on=datetime.date(2010, 5, 1),
        date_precision=DatePrecision.MONTH,
    )
    return Registry(hyogo=hyogo, kobe=kobe, tianjin=tianjin, **records)

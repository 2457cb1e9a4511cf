"""Factories for the gazetteer: countries and places of any level, with their name keys.

Most registry tests use the shipped gazetteer (seed data, loaded for the test session);
these make places the gazetteer does not have: a second partner country, a place abroad.
"""

import factory

from kouryu.places.models import AliasKind, Country, Place, PlaceAlias, PlaceKind
from kouryu.places.normalisation import name_key


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = "KR"
    name_ja = "韓国"
    name_zh = "韩国"
    name_en = "South Korea"


class PlaceFactory(factory.django.DjangoModelFactory):
    """A place with its names keyed for the resolver and the name filter."""

    class Meta:
        model = Place
        skip_postgeneration_save = True

    country = factory.SubFactory(CountryFactory)
    kind = PlaceKind.PROVINCE
    level = 1
    code = factory.Sequence(lambda n: f"{900000 + n}")
    name_ja = factory.Sequence(lambda n: f"地名{n}")
    name_zh = factory.LazyAttribute(lambda p: p.name_ja)
    name_en = factory.Sequence(lambda n: f"Place {n}")
    latitude = "37.50000"
    longitude = "127.00000"

    @factory.post_generation
    def aliases(place, create, extracted, **kwargs):
        if not create:
            return
        for name, kind in (
            (place.name_ja, AliasKind.JA),
            (place.name_zh, AliasKind.ZH_HANS),
            (place.name_en, AliasKind.EN),
        ):
            if name:
                PlaceAlias.objects.get_or_create(
                    place=place, text=name_key(name), kind=kind, defaults={"name": name}
                )


def gazetteer_place(code: str, country: str = "JP") -> Place:
    """A place of the shipped gazetteer by its local-government or GB/T 2260 code."""
    return Place.objects.select_related("country", "parent").get(country__code=country, code=code)

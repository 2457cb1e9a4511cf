"""Factories for the office's data: translatable snippets, made in the default language and
translated with ``translate``."""

import datetime

import factory
from wagtail.models import Locale

from kouryu.offices.models import (
    Office,
    Organisation,
    PublishedFigure,
    SecondingBody,
    StaffAccount,
    StaffMember,
    WorkArea,
)


def default_locale():
    return Locale.get_default()


def translate(obj, language: str, **fields):
    """A copy of a translatable snippet in another language, with the fields given."""
    copy = obj.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


class TranslatableFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    locale = factory.LazyFunction(default_locale)


class OrganisationFactory(TranslatableFactory):
    class Meta:
        model = Organisation

    name = "一般財団法人 自治体国際化協会"
    short_name = "CLAIR"
    founded_on = datetime.date(1988, 7, 1)
    head_office = "東京"
    purpose = "地方公共団体の国際化を支援する。"


class OfficeFactory(TranslatableFactory):
    class Meta:
        model = Office

    name = factory.Sequence(lambda n: f"事務所{n}")
    city = "北京"
    country = "中国"
    latitude = "39.90420"
    longitude = "116.40740"
    is_this_office = False
    sort_order = factory.Sequence(int)


class ThisOfficeFactory(OfficeFactory):
    """The office that runs the site: its partner country is the registry's subject."""

    name = "北京事務所"
    is_this_office = True
    home_country = "JP"
    partner_country = "CN"
    opened_on = datetime.date(1997, 12, 1)


class WorkAreaFactory(TranslatableFactory):
    class Meta:
        model = WorkArea

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"事業{n}")
    summary = "日中の地方政府の交流を支援します。"


class SecondingBodyFactory(TranslatableFactory):
    class Meta:
        model = SecondingBody

    name = "兵庫県"
    kind = SecondingBody.Kind.PREFECTURE
    introduction = "神戸港や姫路城で知られる。"


class StaffMemberFactory(TranslatableFactory):
    class Meta:
        model = StaffMember

    family_name = factory.Sequence(lambda n: f"職員{n}")
    given_name = "花子"
    role = "調査員"
    started_on = datetime.date(2019, 4, 1)
    sort_order = factory.Sequence(int)


class PublishedFigureFactory(TranslatableFactory):
    class Meta:
        model = PublishedFigure

    key = factory.Sequence(lambda n: f"figure-{n}")
    label = factory.Sequence(lambda n: f"数値{n}")
    value = 368
    unit = "件"
    as_of = datetime.date(2019, 4, 1)
    source_name = "自治体国際化協会"


class StaffAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffAccount

    user = factory.SubFactory("kouryu.core.tests.factories.StaffUserFactory")
    member = factory.SubFactory(StaffMemberFactory)

"""Reads for the offices app: snippets in the visitor's language, falling back to the default."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale, TranslatableMixin

from kouryu.core.i18n import in_language, locale_active, locale_default
from kouryu.core.requestcache import memo
from kouryu.offices.models import (
    Office,
    Organisation,
    PublishedFigure,
    SecondingBody,
    StaffMember,
    WorkArea,
)


def localized_list[M: TranslatableMixin](
    model: type[M], *, locale: Locale | None = None, select_related: tuple[str, ...] = ()
) -> list[M]:
    """All rows of a translatable snippet in `locale`; untranslated ones in the default locale.

    A visitor reading Chinese sees the Chinese row where one exists, and the Japanese
    original otherwise, so that a missing translation never hides a fact. Two queries
    at most, whatever the number of rows.
    """
    locale = locale or locale_active()
    default = locale_default()

    def read() -> list[M]:
        qs = model.objects.select_related("locale", *select_related)
        if locale.pk == default.pk:
            return list(qs.filter(locale=locale))
        # One query for both languages; the reader's row wins over the original's.
        both = list(qs.filter(locale__in=[locale.pk, default.pk]))
        have = {row.translation_key for row in both if row.locale_id == locale.pk}
        rows = [r for r in both if r.locale_id == locale.pk or r.translation_key not in have]
        ordering = [f.lstrip("-") for f in (model._meta.ordering or ["pk"])]
        rows.sort(key=lambda row: tuple(getattr(row, f) or 0 for f in ordering))
        return rows

    return list(memo(("localized", model._meta.label, locale.pk, select_related), read))


def this_office(*, locale: Locale | None = None) -> Office | None:
    return next((o for o in localized_list(Office, locale=locale) if o.is_this_office), None)


def organisation(*, locale: Locale | None = None) -> Organisation | None:
    rows = localized_list(Organisation, locale=locale)
    return rows[0] if rows else None


def work_areas(*, locale: Locale | None = None) -> list[WorkArea]:
    return localized_list(WorkArea, locale=locale)


def published_figures(*, locale: Locale | None = None, home_only: bool = False):
    figures = localized_list(PublishedFigure, locale=locale)
    return [f for f in figures if f.show_on_home] if home_only else figures


def partnership_total_figure(*, locale: Locale | None = None) -> PublishedFigure | None:
    """The published official count of partnerships with the partner country, if any."""
    return next((f for f in published_figures(locale=locale) if f.is_partnership_total), None)


def staff_directory(*, locale: Locale | None = None) -> list[StaffMember]:
    """Staff in directory order, each with its seconding body in the same language."""
    staff = localized_list(StaffMember, locale=locale, select_related=("seconding_body",))
    bodies = {b.translation_key: b for b in localized_list(SecondingBody, locale=locale)}
    for member in staff:
        body = member.seconding_body
        member.seconding_body_localized = bodies.get(body.translation_key, body) if body else None
    return staff


@dataclass(frozen=True)
class Countries:
    """The two sides of this office's work, as ISO codes: the home country (whose local
    governments the office serves) and the partner country (the one it works with), with
    the partner's name in each language."""

    home: str
    partner: str
    partner_names: tuple[str, str, str] = ("", "", "")  # ja, zh, en

    @property
    def partner_name(self) -> str:
        ja, zh, en = self.partner_names
        return in_language(ja=ja, zh=zh, en=en) or self.partner


COUNTRIES_CACHE_KEY = "kouryu:offices:countries"


def office_countries() -> Countries:
    """The countries of the office that runs this site; settings' defaults without one.

    Read on most registry requests, so kept in the shared cache; saving or deleting an
    office clears it (kouryu.offices.signals).
    """
    cached = cache.get(COUNTRIES_CACHE_KEY)
    if cached is not None:
        return cached
    from kouryu.places.models import Country

    office = Office.objects.filter(is_this_office=True).order_by("pk").first()
    home = (office.home_country if office else "") or settings.KOURYU_HOME_COUNTRY
    partner = (office.partner_country if office else "") or settings.KOURYU_PARTNER_COUNTRY
    country = Country.objects.filter(code=partner.upper()).first()
    countries = Countries(
        home=home.upper(),
        partner=partner.upper(),
        partner_names=(country.name_ja, country.name_zh, country.name_en)
        if country
        else ("", "", ""),
    )
    cache.set(COUNTRIES_CACHE_KEY, countries, timeout=None)
    return countries


def office_countries_forget() -> None:
    cache.delete(COUNTRIES_CACHE_KEY)


def staff_member_for_user(user, *, locale: Locale | None = None) -> StaffMember | None:
    """The staff directory entry of a login, in the reader's language where it exists."""
    from kouryu.offices.models import StaffAccount

    if user is None or not getattr(user, "pk", None):
        return None
    key = StaffAccount.objects.filter(user=user).values_list("member_key", flat=True).first()
    if key is None:
        return None
    return staff_members_by_key([key], locale=locale).get(key)


def staff_members_by_key(keys, *, locale: Locale | None = None) -> dict:
    """Staff directory entries by translation key, each in `locale` or else the original."""
    locale = locale or locale_active()
    default = locale_default()
    found = {}
    for member in StaffMember.objects.filter(
        translation_key__in=list(keys), locale__in=[locale, default]
    ).select_related("locale"):
        if member.locale_id == locale.pk or member.translation_key not in found:
            found[member.translation_key] = member
    return found

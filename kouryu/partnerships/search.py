"""Registry records and places in the site search, under every name form they are known by.

One index entry per language for each record and place: its title and text as that
language writes them (the hit a reader of that language sees), and its other names
(Japanese, Chinese, English, kana, Pinyin, aliases) as readings, for matching only, in a
field of lower weight, each read by its own language's analyser.
"""

from django.db.models import Prefetch

from kouryu.partnerships.models import Partnership, PartnershipKind
from kouryu.places.models import AliasKind, Place, PlaceAlias

# The site's languages, and the analyser each kind of alias is read with.
LANGUAGES = ("ja", "zh-hans", "en")
_ALIAS_LANGUAGE = {
    AliasKind.JA: "ja",
    AliasKind.ZH_HANS: "zh-hans",
    AliasKind.ZH_HANT: "zh-hans",
    AliasKind.KANA: "ja",
    AliasKind.ROMAJI: "en",
    AliasKind.PINYIN: "en",
    AliasKind.EN: "en",
}


def _readings(place: Place, *, with_parent: bool = False) -> list[tuple[str, str]]:
    """Every name form of a place, each with the language it is read in: for matching
    only, in the entry's readings field (a lower weight than its title)."""
    readings = [
        ("ja", place.name_ja),
        ("zh-hans", place.name_zh),
        ("en", place.english_name),
        ("ja", place.reading_kana),
        ("en", place.reading_pinyin),
    ]
    readings += [
        (_ALIAS_LANGUAGE.get(alias.kind, ""), alias.name)
        for alias in getattr(place, "prefetched_aliases", [])
    ]
    if with_parent and place.parent_id:
        parent = place.parent
        readings += [("ja", parent.name_ja), ("zh-hans", parent.name_zh), ("en", parent.name_en)]
    return [(language, name) for language, name in dict.fromkeys(readings) if name]


def _place_summary(place: Place) -> str:
    """What kind of place it is and where, in the active language: 市区町村 · 兵庫県 · 日本."""
    within = [place.parent.display_name()] if place.parent_id else []
    within.append(place.country.display_name())
    return " · ".join([str(place.get_kind_display()), *within])


def place_document(place: Place):
    """One entry per language: the place's name and summary as that language writes them,
    and its other names and readings for matching."""
    from django.urls import reverse

    from kouryu.search.registry import Document

    readings = tuple(_readings(place))
    documents = []
    for language in LANGUAGES:
        with _in_language(language):
            documents.append(
                Document(
                    title=place.display_name(),
                    body=_place_summary(place),
                    readings=readings,
                    language=language,
                    kind="place",
                    url=reverse("partnerships:place", args=[place.pk]),
                )
            )
    return documents


def _partnership_summary(p: Partnership) -> str:
    # Where each side lies (a ward's city, a county's province): a search for the larger
    # place finds the records within it, and the reader sees why.
    within = [side.parent.display_name() for side in (p.japan_side, p.partner) if side.parent_id]
    parts = [" – ".join(within)] if within else []
    parts.append(p.agreed_display)
    if p.kind != PartnershipKind.UNSPECIFIED:
        parts.append(str(p.get_kind_display()))
    parts.append(p.partner.country.display_name())
    if p.background:
        parts.append(p.background)
    return " · ".join(parts)


def partnership_document(partnership: Partnership):
    """One entry per language: 神戸市 – 天津市 · … on ja, 神户市 – 天津市 · … on zh,
    Kobe – Tianjin · … on en; both sides' other names (and their cities' and provinces',
    so that a ward's record is found under its city) for matching."""
    from django.urls import reverse

    from kouryu.search.registry import Document, as_datetime

    japan, partner = partnership.japan_side, partnership.partner
    readings = tuple(
        dict.fromkeys(_readings(japan, with_parent=True) + _readings(partner, with_parent=True))
    )
    documents = []
    for language in LANGUAGES:
        with _in_language(language):
            documents.append(
                Document(
                    title=f"{japan.display_name()} – {partner.display_name()}",
                    body=_partnership_summary(partnership),
                    readings=readings,
                    language=language,
                    kind="partnership",
                    url=reverse("partnerships:detail", args=[partnership.pk]),
                    date=as_datetime(partnership.agreed_on),
                )
            )
    return documents


def _in_language(language: str):
    from django.utils import translation

    return translation.override(language)


def place_presentation(object_ids: list[str], language: str) -> dict:
    """Places as the entry's language writes them, with the address of their page there:
    神户市 on zh, 神戸市 on ja, Kobe on en."""
    from django.urls import reverse

    from kouryu.search.registry import Presentation

    places = Place.objects.select_related("parent", "country").in_bulk(
        [int(pk) for pk in object_ids]
    )
    shown = {}
    with _in_language(language):
        for pk, place in places.items():
            shown[str(pk)] = Presentation(
                title=place.display_name(),
                url=reverse("partnerships:place", args=[pk]),
                summary=_place_summary(place),
                language=language,
            )
    return shown


def partnership_presentation(object_ids: list[str], language: str) -> dict:
    """A record as 神户市 – 天津市 on zh, 神戸市 – 天津市 on ja, Kobe – Tianjin on en."""
    from django.urls import reverse

    from kouryu.search.registry import Presentation

    records = Partnership.objects.select_related(
        "japan_side__parent", "partner__parent", "partner__country"
    ).in_bulk([int(pk) for pk in object_ids])
    shown = {}
    with _in_language(language):
        for pk, p in records.items():
            shown[str(pk)] = Presentation(
                title=f"{p.japan_side.display_name()} – {p.partner.display_name()}",
                url=reverse("partnerships:detail", args=[pk]),
                summary=_partnership_summary(p),
                language=language,
            )
    return shown


def register_with_search() -> None:
    from django.utils.translation import gettext_lazy as _

    from kouryu.search import registry

    aliases = Prefetch("aliases", queryset=PlaceAlias.objects.all(), to_attr="prefetched_aliases")
    registry.register(
        Place,
        kind="place",
        label=_("Places"),
        order=90,
        extract=place_document,
        present=place_presentation,
        queryset=lambda: Place.objects.select_related("parent", "country").prefetch_related(
            aliases
        ),
    )
    registry.register(
        Partnership,
        kind="partnership",
        label=_("Friendship cities"),
        order=80,
        extract=partnership_document,
        present=partnership_presentation,
        queryset=lambda: Partnership.objects.select_related(
            "japan_side__parent", "partner__parent", "partner__country"
        ),
    )

"""Registry records and places in the site search, under every name form they are known by.

One index entry per record, in no single language: the names are there in Japanese,
Chinese, English, kana and pinyin, and results show it in the reader's language.
"""

from django.db.models import Prefetch

from kouryu.partnerships.models import Partnership, PartnershipKind
from kouryu.places.models import Place, PlaceAlias


def _names(place: Place, *, with_parent: bool = False) -> list[str]:
    names = [
        place.name_ja,
        place.name_zh,
        place.english_name,
        place.reading_kana,
        place.reading_pinyin,
    ]
    names += [alias.name for alias in getattr(place, "prefetched_aliases", [])]
    if with_parent and place.parent_id:
        names += [place.parent.name_ja, place.parent.name_zh, place.parent.name_en]
    return [name for name in dict.fromkeys(names) if name]


def _title(place: Place) -> str:
    return " / ".join(
        dict.fromkeys(n for n in (place.name_ja, place.name_zh, place.english_name) if n)
    )


def place_document(place: Place):
    from kouryu.search.registry import Document

    return Document(
        title=_title(place),
        body=" ".join(_names(place)),
        language="",
        kind="place",
        url=f"/registry/places/{place.pk}/",
    )


def partnership_document(partnership: Partnership):
    from kouryu.search.registry import Document, as_datetime

    japan, partner = partnership.japan_side, partnership.partner
    kind = dict(PartnershipKind.choices).get(partnership.kind, "")
    extra = [
        str(kind),
        partnership.date_basis,
        partnership.background_ja,
        partnership.background_zh,
        partnership.background_en,
    ]
    return Document(
        title=f"{_title(japan)} – {_title(partner)}",
        # A ward's or county's partnership is found under its city's name too.
        body=" ".join(
            _names(japan, with_parent=True)
            + _names(partner, with_parent=True)
            + [t for t in extra if t]
        ),
        language="",
        kind="partnership",
        url=f"/registry/{partnership.pk}/",
        date=as_datetime(partnership.agreed_on),
    )


def _in_language(language: str):
    from django.utils import translation

    return translation.override(language)


def place_presentation(object_ids: list[str], language: str) -> dict:
    """Places as the reader's language writes them: 神户市 on zh, 神戸市 on ja, Kobe on en."""
    from django.urls import reverse

    from kouryu.search.registry import Presentation

    places = Place.objects.select_related("parent", "country").in_bulk(
        [int(pk) for pk in object_ids]
    )
    shown = {}
    with _in_language(language):
        for pk, place in places.items():
            within = [place.parent.display_name()] if place.parent_id else []
            within.append(place.country.display_name())
            shown[str(pk)] = Presentation(
                title=place.display_name(),
                url=reverse("partnerships:place", args=[pk]),
                summary=" · ".join([str(place.get_kind_display()), *within]),
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
            # Where each side lies (a ward's city, a county's province): a search for the
            # larger place finds the records within it, and the reader sees why.
            within = [
                side.parent.display_name() for side in (p.japan_side, p.partner) if side.parent_id
            ]
            parts = [" – ".join(within)] if within else []
            parts.append(p.agreed_display)
            if p.kind != PartnershipKind.UNSPECIFIED:
                parts.append(str(p.get_kind_display()))
            parts.append(p.partner.country.display_name())
            if p.background:
                parts.append(p.background)
            shown[str(pk)] = Presentation(
                title=f"{p.japan_side.display_name()} – {p.partner.display_name()}",
                url=reverse("partnerships:detail", args=[pk]),
                summary=" · ".join(parts),
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
        queryset=lambda: Place.objects.select_related("parent").prefetch_related(aliases),
    )
    registry.register(
        Partnership,
        kind="partnership",
        label=_("Friendship cities"),
        order=80,
        extract=partnership_document,
        present=partnership_presentation,
        queryset=lambda: Partnership.objects.select_related(
            "japan_side__parent", "partner__parent"
        ),
    )

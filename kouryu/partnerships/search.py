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


def register_with_search() -> None:
    from kouryu.search import registry

    aliases = Prefetch("aliases", queryset=PlaceAlias.objects.all(), to_attr="prefetched_aliases")
    registry.register(
        Place,
        kind="place",
        extract=place_document,
        queryset=lambda: Place.objects.select_related("parent").prefetch_related(aliases),
    )
    registry.register(
        Partnership,
        kind="partnership",
        extract=partnership_document,
        queryset=lambda: Partnership.objects.select_related(
            "japan_side__parent", "partner__parent"
        ),
    )

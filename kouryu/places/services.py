"""Writes to the gazetteer: loading the shipped CSVs, and adding partner places abroad."""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from kouryu.places.models import AliasKind, Country, Place, PlaceAlias, PlaceKind
from kouryu.places.normalisation import (
    KANA_OF_SUFFIX,
    cjk_suffix_splits,
    is_kana,
    is_latin,
    latin_suffix_split,
    name_key,
    romaji_key,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

LEVELS = {
    PlaceKind.PREFECTURE: 1,
    PlaceKind.PROVINCE: 1,
    PlaceKind.MUNICIPALITY: 2,
    PlaceKind.PREFECTURE_CITY: 2,
    PlaceKind.WARD: 3,
    PlaceKind.COUNTY: 3,
}
SOURCES = {
    "localgovjp": "code4fukui/localgovjp 232edc3",
    "china-division": "china-division 2.7.0 (NBS 2023)",
    "cpca": "cpca 0.5.5",
    "twincities": "Hekman/twincities 84ebdec (English Wikipedia)",
}
PLACE_FIELDS = (
    "kind",
    "parent_id",
    "level",
    "name_ja",
    "name_zh",
    "name_en",
    "suffix",
    "reading_kana",
    "reading_pinyin",
    "latitude",
    "longitude",
    "source",
)
BATCH = 1000


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def __str__(self):
        return (
            f"{self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.deleted} deleted"
        )


@dataclass
class LoadReport:
    skipped: bool = False
    countries: Tally = field(default_factory=Tally)
    places: Tally = field(default_factory=Tally)
    aliases: Tally = field(default_factory=Tally)
    by_kind: dict[str, int] = field(default_factory=dict)
    # Places created or changed, and places whose names (aliases) changed.
    changed_place_ids: set[int] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return any(
            t.created or t.updated or t.deleted for t in (self.countries, self.places, self.aliases)
        )


@dataclass
class _PlaceRow:
    country: str
    key: str  # the code, or the English name of a place of kind 'other'
    parent_key: str
    values: dict
    names: list[tuple[str, str]]  # (name as written, alias kind, an AliasKind value)


def places_load(*, data_dir: Path = DATA_DIR, only_if_empty: bool = False) -> LoadReport:
    """Load the shipped gazetteer CSVs; loading the same files again changes nothing.

    Places are matched by country and code (by name for kind 'other') and updated in
    place, so that records pointing at them keep pointing at them. Places no longer
    in the files are kept. Aliases are rebuilt to match the files exactly.
    """
    report = LoadReport()
    with transaction.atomic():
        if only_if_empty and Place.objects.exists():
            report.skipped = True
            return report
        countries = _load_countries(data_dir / "countries.csv", report.countries)
        rows = [
            *_japan_rows(data_dir / "jp_places.csv"),
            *_china_rows(data_dir / "cn_places.csv"),
            *_other_rows(data_dir / "other_places.csv"),
        ]
        places = _load_places(rows, countries, report.places, report.changed_place_ids)
        _load_aliases(rows, places, report.aliases, report.changed_place_ids)
    for row in rows:
        kind = row.values["kind"]
        report.by_kind[f"{row.country} {kind}"] = report.by_kind.get(f"{row.country} {kind}", 0) + 1
    return report


def others_are_current(*, data_dir: Path = DATA_DIR) -> bool:
    """Whether every partner place abroad has the Japanese and Chinese names the shipped
    file gives it: an install loaded before the file had them has them empty.

    Only a missing name counts, so that a name staff corrected in the admin is kept.
    """
    stored = {
        (country, name_en): (name_ja, name_zh)
        for country, name_en, name_ja, name_zh in Place.objects.filter(
            kind=PlaceKind.OTHER
        ).values_list("country__code", "name_en", "name_ja", "name_zh")
    }
    for row in _read(data_dir / "other_places.csv"):
        have = stored.get((row["country"], row["name_en"]))
        if have is None:
            return False
        wanted = (row.get("name_ja", ""), row.get("name_zh", ""))
        if any(want and not had for want, had in zip(wanted, have, strict=True)):
            return False
    return True


def aliases_are_current() -> bool:
    """Whether every stored name key is folded as the code folds now.

    A key is its own key once folded (folding is idempotent), so a key stored under an
    older folding is one that folds again differently.
    """
    texts = PlaceAlias.objects.filter(
        kind__in=[AliasKind.JA, AliasKind.ZH_HANS, AliasKind.ZH_HANT]
    ).values_list("text", flat=True)
    return all(name_key(text) == text for text in texts.iterator(chunk_size=5000))


@transaction.atomic
def place_other_get_or_create(*, country: Country, name_en: str) -> Place:
    """The partner place abroad called name_en in country, created with its alias if new."""
    name_en = " ".join(name_en.split())
    place, created = Place.objects.get_or_create(
        country=country, kind=PlaceKind.OTHER, name_en=name_en
    )
    if created:
        PlaceAlias.objects.bulk_create(
            PlaceAlias(place=place, text=text, name=name, kind=kind)
            for text, name, kind in _alias_keys(
                [(name_en, AliasKind.EN)], suffix="", japanese=False
            )
        )
    return place


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _decimal(value: str) -> Decimal | None:
    return Decimal(value) if value else None


def _load_countries(path: Path, tally: Tally) -> dict[str, Country]:
    existing = {c.code: c for c in Country.objects.all()}
    for row in _read(path):
        values = {k: row[k] for k in ("name_ja", "name_zh", "name_en")}
        country = existing.get(row["code"])
        if country is None:
            existing[row["code"]] = Country.objects.create(code=row["code"], **values)
            tally.created += 1
        elif any(getattr(country, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(country, k, v)
            country.save()
            tally.updated += 1
        else:
            tally.unchanged += 1
    return existing


def _japan_rows(path: Path) -> Iterable[_PlaceRow]:
    for row in _read(path):
        kind = row["kind"]
        # A prefecture's English name comes from the source; the others are Hepburn.
        english = AliasKind.EN if kind == PlaceKind.PREFECTURE else AliasKind.ROMAJI
        names: list[tuple[str, str]] = [
            (row["name_ja"], AliasKind.JA),
            (row["name_zh"], AliasKind.ZH_HANS),
            (row["reading_kana"], AliasKind.KANA),
            (row["name_en"], english),
        ]
        names += [(alias, _kind_of(alias)) for alias in row["aliases"].split("|") if alias]
        yield _PlaceRow(
            country="JP",
            key=row["code"],
            parent_key=row["parent_code"],
            values={
                "kind": kind,
                "level": LEVELS[kind],
                "name_ja": row["name_ja"],
                "name_zh": row["name_zh"],
                "name_en": row["name_en"],
                "suffix": row["suffix"],
                "reading_kana": row["reading_kana"],
                "reading_pinyin": "",
                "latitude": _decimal(row["latitude"]),
                "longitude": _decimal(row["longitude"]),
                "source": SOURCES[row["source"]],
            },
            names=names,
        )


def _china_rows(path: Path) -> Iterable[_PlaceRow]:
    for row in _read(path):
        kind = row["kind"]
        pinyin = row["reading_pinyin"].replace(" ", "")
        names: list[tuple[str, str]] = [
            (row["name_zh"], AliasKind.ZH_HANS),
            (row["name_zh_hant"], AliasKind.ZH_HANT),
            (row["name_ja"], AliasKind.JA),
            (pinyin, AliasKind.PINYIN),
            (row["name_en"], AliasKind.EN),
        ]
        pinyin_key = name_key(pinyin)
        for alias in filter(None, row["aliases"].split("|")):
            kind_of = _kind_of(alias)
            if kind_of == AliasKind.EN and name_key(alias) == pinyin_key:
                kind_of = AliasKind.PINYIN
            names.append((alias, kind_of))
        yield _PlaceRow(
            country="CN",
            key=row["code"],
            parent_key=row["parent_code"],
            values={
                "kind": kind,
                "level": LEVELS[kind],
                "name_ja": row["name_ja"],
                "name_zh": row["name_zh"],
                "name_en": row["name_en"],
                "suffix": row["suffix"],
                "reading_kana": "",
                "reading_pinyin": row["reading_pinyin"],
                "latitude": _decimal(row["latitude"]),
                "longitude": _decimal(row["longitude"]),
                "source": SOURCES[row["source"]],
            },
            names=names,
        )


def _other_rows(path: Path) -> Iterable[_PlaceRow]:
    for row in _read(path):
        # Japanese and Chinese names from GeoNames where it has them (SOURCES.md).
        name_ja, name_zh = row.get("name_ja", ""), row.get("name_zh", "")
        names: list[tuple[str, str]] = [(row["name_en"], AliasKind.EN)]
        names += [(n, k) for n, k in ((name_ja, AliasKind.JA), (name_zh, AliasKind.ZH_HANS)) if n]
        yield _PlaceRow(
            country=row["country"],
            key=row["name_en"],
            parent_key="",
            values={
                "kind": PlaceKind.OTHER,
                "level": None,
                "name_ja": name_ja,
                "name_zh": name_zh,
                "name_en": row["name_en"],
                "suffix": "",
                "reading_kana": "",
                "reading_pinyin": "",
                "latitude": None,
                "longitude": None,
                "source": SOURCES["twincities"],
            },
            names=names,
        )


def _kind_of(name: str) -> str:
    key = name_key(name)
    if is_latin(key):
        return AliasKind.EN
    if is_kana(key):
        return AliasKind.KANA
    return AliasKind.JA


def _load_places(
    rows: list[_PlaceRow], countries: dict[str, Country], tally: Tally, changed_ids: set[int]
) -> dict:
    """Create or update every place, parents first; returns {(country, key): place id}."""
    ids: dict[tuple[str, str], int] = {}
    existing: dict[tuple[str, str], Place] = {}
    for place in Place.objects.select_related("country"):
        key = place.name_en if place.kind == PlaceKind.OTHER else place.code
        existing[(place.country.code, key or "")] = place

    # Parents come first: by level, 'other' places (no level) last.
    for level in (1, 2, 3, None):
        new: list[Place] = []
        changed: list[Place] = []
        batch = [r for r in rows if r.values["level"] == level]
        for row in batch:
            values = dict(row.values)
            values["parent_id"] = ids[(row.country, row.parent_key)] if row.parent_key else None
            found = existing.get((row.country, row.key))
            if found is None:
                code = None if values["kind"] == PlaceKind.OTHER else row.key
                new.append(Place(country=countries[row.country], code=code, **values))
            elif any(getattr(found, f) != values[f] for f in PLACE_FIELDS):
                for f in PLACE_FIELDS:
                    setattr(found, f, values[f])
                changed.append(found)
            else:
                tally.unchanged += 1
        Place.objects.bulk_create(new, batch_size=BATCH)
        Place.objects.bulk_update(changed, PLACE_FIELDS, batch_size=BATCH)
        tally.created += len(new)
        tally.updated += len(changed)
        for place in new + changed:
            changed_ids.add(place.pk)
            key = place.name_en if place.kind == PlaceKind.OTHER else place.code
            existing[(place.country.code, key or "")] = place
        for row in batch:
            ids[(row.country, row.key)] = existing[(row.country, row.key)].pk
    return ids


def _alias_keys(names: list[tuple[str, str]], *, suffix: str, japanese: bool):
    """(key, name, kind) for each name of a place; a key repeats only under another kind.

    Keys are stems: the place's own suffix is cut from its CJK names and the suffix's
    kana from its reading; Latin names of a place with a suffix lose a trailing suffix
    word ("Jilin City").
    Japanese romanisations are also stored folded (Kōbe, Koube → kobe).
    """
    seen: set[tuple[str, str]] = set()
    suffix_key = name_key(suffix)
    for name, kind in names:
        key = name_key(name)
        if not key:
            continue
        stems = []
        if is_latin(key):
            # Only a place with a suffix has one to cut: Salt Lake City keeps its City.
            split = latin_suffix_split(name) if suffix else None
            stem = split.stem if split and split.stem else key
            stems = [stem, romaji_key(stem)] if japanese else [stem]
        elif is_kana(key):
            endings = KANA_OF_SUFFIX.get(suffix, ())
            stems = [next((key[: -len(e)] for e in endings if key.endswith(e)), key)]
        elif suffix_key and key.endswith(suffix_key) and len(key) > len(suffix_key):
            stems = [key[: -len(suffix_key)]]
        else:
            splits = cjk_suffix_splits(key, extended=False)
            stems = [splits[0].stem if splits else key]
        for stem in stems:
            if (stem, kind) not in seen:
                seen.add((stem, kind))
                yield stem, name, kind


def _load_aliases(rows: list[_PlaceRow], ids: dict, tally: Tally, changed_ids: set[int]) -> None:
    wanted: dict[tuple[int, str, str], str] = {}  # (place, key, kind) → name as written
    for row in rows:
        place_id = ids[(row.country, row.key)]
        for text, name, kind in _alias_keys(
            row.names, suffix=row.values["suffix"], japanese=row.country == "JP"
        ):
            wanted.setdefault((place_id, text, kind), name)

    stale, changed = [], []
    existing = PlaceAlias.objects.filter(place_id__in=set(ids.values()))
    have: set[tuple[int, str, str]] = set()
    for alias in existing.only("id", "place_id", "text", "name", "kind").iterator(chunk_size=5000):
        key = (alias.place_id, alias.text, alias.kind)
        if key not in wanted:
            stale.append(alias.pk)
            changed_ids.add(alias.place_id)
            continue
        have.add(key)
        if alias.name != wanted[key]:
            alias.name = wanted[key]
            changed.append(alias)
            changed_ids.add(alias.place_id)
        else:
            tally.unchanged += 1
    for start in range(0, len(stale), BATCH):
        PlaceAlias.objects.filter(pk__in=stale[start : start + BATCH]).delete()
    PlaceAlias.objects.bulk_update(changed, ["name"], batch_size=BATCH)
    new = [
        PlaceAlias(place_id=place_id, text=text, name=name, kind=kind)
        for (place_id, text, kind), name in wanted.items()
        if (place_id, text, kind) not in have
    ]
    PlaceAlias.objects.bulk_create(new, batch_size=BATCH)
    changed_ids.update(alias.place_id for alias in new)
    tally.created, tally.updated, tally.deleted = len(new), len(changed), len(stale)

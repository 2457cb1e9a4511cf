"""The name resolver: a place name written in any script, to ranked candidate places."""

# place_resolve("神户", country="JP")  →  resolved: 神戸市
# place_resolve("中央区")              →  ambiguous: ten wards called 中央区
# place_resolve("Suzhou – Wujiang")    →  resolved: 吴江区 (a district of 苏州市)
#
# How a name is matched (see docs/places.md):
# - the text is reduced to keys by kouryu.places.normalisation (scripts, tones,
#   romanisation variants folded); each key is also tried without an administrative
#   suffix (市, 県, 省, City, Prefecture, -shi…), and the suffix, when one was written,
#   must agree with the place's own;
# - keys are looked up in PlaceAlias by an indexed equality in SQL;
# - "X (Y)", "X, Y", "Y – X" and 兵庫県神戸市 read Y as a place (or a country) that X
#   lies in;
# - several equally good candidates make the name ambiguous. For a bare name (no
#   suffix written) one convention of each country may settle it, and the resolution
#   says so: in Japan a bare name is the city (市), since prefectures, wards, towns and
#   villages are written with their suffix (Hiroshima is 広島市, not 広島県); in China a
#   bare name is the highest-level division of that name (Jilin is 吉林省, the city is
#   written "Jilin City"; Chaoyang is 朝阳市, not Beijing's 朝阳区). Pass
#   conventions=False to get every tie reported as ambiguous.
#
# The reason text is a diagnostic for staff and logs, in English.

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from django.db.models import Q

from kouryu.places.models import AliasKind, Country, Place, PlaceAlias, PlaceKind
from kouryu.places.normalisation import (
    AUTONOMOUS_COUNTY,
    AUTONOMOUS_PREFECTURE,
    AUTONOMOUS_REGION,
    BANNER,
    CITY,
    COUNTY_EN,
    KEN_XIAN,
    LEAGUE,
    PREFECTURE_EN,
    PROVINCE,
    PROVINCE_EN,
    REGION,
    SAR,
    WARD,
    QueryKey,
    is_latin,
    name_key,
    query_keys,
    suffix_class,
)

# Scores. A candidate's score says how well the written form fits it.
EXACT = 1.0  # the suffix written agrees with the place's, or neither has one
CONVENTION = 0.95  # the one candidate a bare-name convention picks among ties
BARE = 0.9  # no suffix written, the place has one (神戸 for 神戸市)
MISMATCH = 0.5  # a suffix written that is not the place's (広島市 for 広島県)

MAX_CANDIDATES = 30
_KIND_ORDER = [kind.value for kind in AliasKind]
# Folded characters after which a compound name may be cut (兵庫県|神戸市).
_COMPOUND_CUTS = frozenset(name_key("県省府都道市区郡州盟旗"))
_COUNTY_GROUP = name_key("郡")
_PAREN = re.compile(r"^(?P<name>.+?)\s*[(（](?P<qual>[^()（）]+)[)）]\s*$")
_DASH = re.compile(r"^(?P<a>.+?)\s+[-–—―]\s+(?P<b>.+)$")
_COMMA = re.compile(r"^(?P<name>[^,，、]+)[,，、]\s*(?P<qual>.+)$")
_CURRENT_NAME = re.compile(r"^(?:現|现|今|現在の?|now)\s*(?P<name>.+)$")


class Status(StrEnum):
    RESOLVED = "resolved"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"


class Candidate(NamedTuple):
    place: Place
    score: float
    matched_alias: PlaceAlias


@dataclass
class Resolution:
    text: str
    status: Status
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    convention: str = ""  # the bare-name convention that settled a tie, if one did

    @property
    def place(self) -> Place | None:
        return self.candidates[0].place if self.status == Status.RESOLVED else None


@dataclass(frozen=True)
class _Scope:
    country: str = ""
    kinds: tuple[str, ...] = ()
    within: tuple[int, ...] = ()  # ids of places the candidates must lie in

    def narrowed(self, *, country: str = "", within: tuple[int, ...] = ()) -> "_Scope":
        return _Scope(country or self.country, self.kinds, within or self.within)


def place_resolve(
    text: str,
    *,
    country: str | Country | None = None,
    parent: Place | None = None,
    kinds: list[str] | tuple[str, ...] | None = None,
    conventions: bool = True,
) -> Resolution:
    """Resolve a written place name to ranked candidates; never guess between equals.

    country: an ISO 3166-1 code ("JP", "CN") or a Country, to search only there.
    parent: a place the name lies in (a prefecture, a province, a city).
    kinds: PlaceKind values to accept; asking for prefecture_city also accepts the
        four municipalities (北京, 天津, 上海, 重庆), which are province-level cities.
    conventions: settle ties on a bare name by the country's naming convention.
    """
    text = " ".join((text or "").split())
    code = country.code if isinstance(country, Country) else (country or "").upper()
    scope = _Scope(code, tuple(kinds or ()), (parent.pk,) if parent else ())
    if not name_key(text):
        return Resolution(text, Status.NOT_FOUND, reason="The name is empty.")

    candidates, note = _candidates(text, scope, depth=0)
    if not candidates:
        return Resolution(text, Status.NOT_FOUND, reason=f"No place is called {text!r}.{note}")
    ranked = sorted(candidates.values(), key=_rank)
    top = [c for c in ranked if c.score == ranked[0].score]
    if len(top) == 1:
        return Resolution(text, Status.RESOLVED, ranked[:MAX_CANDIDATES], _why(top[0], note))

    if conventions and top[0].score == BARE:
        settled = _convention(top)
        if settled:
            winner, rule = settled
            ranked = [winner._replace(score=CONVENTION)] + [c for c in ranked if c is not winner]
            others = ", ".join(_label(c.place) for c in top if c is not winner)
            reason = (
                f"{text!r} names {len(top)} places equally; {rule} reads it as "
                f"{_label(winner.place)} (also: {others}).{note}"
            )
            return Resolution(text, Status.RESOLVED, ranked[:MAX_CANDIDATES], reason, rule)

    shown = max(len(top), MAX_CANDIDATES)
    listed = "; ".join(_label(c.place) for c in top)
    reason = f"{text!r} names {len(top)} places equally: {listed}.{note}"
    return Resolution(text, Status.AMBIGUOUS, ranked[:shown], reason)


def _candidates(text: str, scope: _Scope, *, depth: int) -> tuple[dict[int, Candidate], str]:
    """Candidates by place id, trying the whole name, then qualified and compound forms."""
    direct = _match(query_keys(text), scope)
    if any(c.score >= BARE for c in direct.values()) or depth > 1:
        return direct, ""
    forms = _qualified_forms(text)
    for name, qualifier in forms:
        narrowed = _qualifier_scope(qualifier, scope, depth=depth)
        if narrowed is None:
            continue
        found, _ = _candidates(name, narrowed, depth=depth + 1)
        if found:
            return found, f" Read as {name!r} in {qualifier!r}."
    if match := _PAREN.match(text):
        note_text = match["qual"].strip()
        if current := _CURRENT_NAME.match(note_text):
            # 芦原町(現あわら市): the note gives the place's present name.
            found, _ = _candidates(current["name"], scope, depth=depth + 1)
            if found:
                return found, f" Read as the present name {current['name']!r} in brackets."
        # A note in brackets that names no place: さいたま市(旧浦和市).
        found, _ = _candidates(match["name"], scope, depth=depth + 1)
        if found:
            return found, f" Read as {match['name']!r}, leaving out ({note_text})."
    key = name_key(text)
    if not is_latin(key):
        for head, tail in _compound_cuts(key):
            if head.endswith(_COUNTY_GROUP):  # 南佐久郡南牧村: a 郡 is not a place here
                found, _ = _candidates(tail, scope, depth=depth + 1)
            else:
                narrowed = _qualifier_scope(head, scope, depth=depth)
                if narrowed is None:
                    continue
                found, _ = _candidates(tail, narrowed, depth=depth + 1)
            if found:
                return found, f" Read as {tail!r} in {head!r}."
    return direct, ""


def _qualified_forms(text: str) -> list[tuple[str, str]]:
    """(name, the place it lies in) for "X (Y)", "X, Y" and "Y – X" (either order)."""
    forms = []
    if match := _PAREN.match(text):
        forms.append((match["name"], match["qual"]))
    if match := _DASH.match(text):
        forms += [(match["b"], match["a"]), (match["a"], match["b"])]
    if match := _COMMA.match(text):
        forms.append((match["name"], match["qual"]))
    return forms


def _compound_cuts(key: str) -> list[tuple[str, str]]:
    return [
        (key[: i + 1], key[i + 1 :])
        for i, char in enumerate(key[:-1])
        if char in _COMPOUND_CUTS and i > 0
    ]


def _qualifier_scope(qualifier: str, scope: _Scope, *, depth: int) -> _Scope | None:
    """The scope that a qualifier names: a country, or the places it may mean."""
    country = Country.objects.filter(
        Q(name_en__iexact=qualifier) | Q(name_ja=qualifier) | Q(name_zh=qualifier)
    ).first()
    if country and (not scope.country or scope.country == country.code):
        return scope.narrowed(country=country.code)
    places, _ = _candidates(qualifier, _Scope(scope.country, (), scope.within), depth=depth + 1)
    ids = tuple(pid for pid, c in places.items() if c.score >= BARE)
    return scope.narrowed(within=ids) if ids else None


def _match(keys: list[QueryKey], scope: _Scope) -> dict[int, Candidate]:
    """Places with an alias equal to one of the keys, each with its best score."""
    if not keys:
        return {}
    aliases = PlaceAlias.objects.filter(text__in={k.key for k in keys}).select_related(
        "place", "place__country", "place__parent"
    )
    if scope.country:
        aliases = aliases.filter(place__country__code=scope.country)
    if scope.kinds:
        kinds = Q(place__kind__in=scope.kinds)
        if PlaceKind.PREFECTURE_CITY in scope.kinds:
            kinds |= Q(place__kind=PlaceKind.PROVINCE, place__suffix="市")
        aliases = aliases.filter(kinds)
    if scope.within:
        aliases = aliases.filter(
            Q(place__parent_id__in=scope.within) | Q(place__parent__parent_id__in=scope.within)
        )
    best: dict[int, Candidate] = {}
    for alias in aliases:
        for key in keys:
            if key.key != alias.text:
                continue
            score = _score(key, alias.place)
            current = best.get(alias.place_id)
            if (
                current is None
                or score > current.score
                or (score == current.score and _prefer(alias, current.matched_alias))
            ):
                best[alias.place_id] = Candidate(alias.place, score, alias)
    return best


def _prefer(alias: PlaceAlias, other: PlaceAlias) -> bool:
    """Among aliases of one place with the same key, report a stable one (by kind order)."""
    return _KIND_ORDER.index(alias.kind) < _KIND_ORDER.index(other.kind)


def _score(key: QueryKey, place: Place) -> float:
    if not key.suffix_class:
        return BARE if place.suffix else EXACT
    return EXACT if _suffix_agrees(key.suffix_class, place) else MISMATCH


def _suffix_agrees(written: str, place: Place) -> bool:
    own = suffix_class(place.suffix)
    if written == PREFECTURE_EN:
        return place.kind == PlaceKind.PREFECTURE or own in (AUTONOMOUS_PREFECTURE, REGION, LEAGUE)
    if written == PROVINCE_EN:
        return place.kind == PlaceKind.PROVINCE and own in (PROVINCE, AUTONOMOUS_REGION, SAR)
    if written == COUNTY_EN:
        return place.kind == PlaceKind.COUNTY and own in (KEN_XIAN, AUTONOMOUS_COUNTY, BANNER)
    if written == KEN_XIAN:
        return own in (KEN_XIAN, AUTONOMOUS_COUNTY)
    if written == CITY:
        # Tokyo's special wards are municipalities and call themselves cities in English.
        return own == CITY or (place.kind == PlaceKind.MUNICIPALITY and own == WARD)
    return own == written


def _convention(top: list[Candidate]) -> tuple[Candidate, str] | None:
    """The one candidate a bare-name convention picks among ties, with the rule's name."""
    countries = {c.place.country.code for c in top}
    if countries == {"JP"}:
        cities = [c for c in top if suffix_class(c.place.suffix) == CITY]
        if len(cities) == 1:
            return cities[0], "the Japanese convention (a bare name is the city)"
    elif countries == {"CN"}:
        highest = min(c.place.level or 9 for c in top)
        first = [c for c in top if (c.place.level or 9) == highest]
        if len(first) == 1:
            return first[0], "the Chinese convention (a bare name is the highest-level division)"
    return None


def _rank(candidate: Candidate) -> tuple:
    place = candidate.place
    return (-candidate.score, place.level or 9, place.country.code, place.code or "", place.pk)


def _label(place: Place) -> str:
    name = place.name_ja or place.name_zh or place.name_en
    if place.country.code == "CN":
        name = place.name_zh
    parent = place.parent
    where = (
        f" ({parent.name_zh if place.country.code == 'CN' else parent.name_ja})" if parent else ""
    )
    code = f" {place.code}" if place.code else ""
    return f"{name}{where}{code}"


def _why(candidate: Candidate, note: str) -> str:
    alias = candidate.matched_alias
    how = {EXACT: "exactly", BARE: "without its suffix", MISMATCH: "with another suffix"}
    return (
        f"Matched {_label(candidate.place)} by its {alias.kind} name "
        f"{alias.name!r} {how.get(candidate.score, '')}.{note}"
    ).replace(" .", ".")

"""Measure the resolver on the Japan–China pairs from English Wikipedia, and on harvested pairs."""

# harvest_measure() reads the same kind of pairs written in Japanese and Chinese
# (../shared/data/raw/partnerships/jp_cn_dated_harvest.csv, not shipped), as a check of
# the CJK side.

import csv
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kouryu.places.resolver import Resolution, Status, place_resolve
from kouryu.places.services import DATA_DIR

PAIRS = DATA_DIR / "jp_cn_pairs_from_enwiki.csv"


@dataclass
class PairResult:
    japan_text: str
    china_text: str
    japan: Resolution
    china: Resolution

    @property
    def both_resolved(self) -> bool:
        return self.japan.status == Status.RESOLVED and self.china.status == Status.RESOLVED


@dataclass
class Measurement:
    pairs: list[PairResult] = field(default_factory=list)

    @property
    def both_resolved(self) -> list[PairResult]:
        return [p for p in self.pairs if p.both_resolved]

    def statuses(self, side: str) -> Counter:
        return Counter(getattr(p, side).status.value for p in self.pairs)

    def conventions(self, side: str) -> int:
        return sum(1 for p in self.pairs if getattr(p, side).convention)

    def sample(self, size: int, seed: int) -> list[PairResult]:
        resolved = self.both_resolved
        return random.Random(seed).sample(resolved, min(size, len(resolved)))


def resolver_measure(*, path: Path = PAIRS, conventions: bool = True) -> Measurement:
    """Resolve both sides of every pair: the Japanese side in JP, the Chinese side in CN."""
    measurement = Measurement()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            japan, china = row["japan_side_en"], row["china_side_en"]
            measurement.pairs.append(
                PairResult(
                    japan,
                    china,
                    place_resolve(japan, country="JP", conventions=conventions),
                    place_resolve(china, country="CN", conventions=conventions),
                )
            )
    return measurement


def harvest_measure(*, path: Path, conventions: bool = True) -> Measurement:
    """Resolve both sides of each harvested pair, inside its prefecture or province if given."""
    measurement = Measurement()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sides = []
            for country, region, local in (
                ("JP", row["japan_prefecture"], row["japan_local_gov"]),
                ("CN", row["china_province"], row["china_local_gov"]),
            ):
                parent = None
                if region and region != local:
                    parent = place_resolve(region, country=country, conventions=conventions).place
                resolution = place_resolve(
                    local, country=country, parent=parent, conventions=conventions
                )
                if parent is not None and resolution.status == Status.NOT_FOUND:
                    resolution = place_resolve(local, country=country, conventions=conventions)
                sides.append(resolution)
            measurement.pairs.append(
                PairResult(row["japan_local_gov"], row["china_local_gov"], *sides)
            )
    return measurement


def describe(resolution: Resolution) -> str:
    """One line for a resolved place: names, code and where it lies."""
    place = resolution.place
    if place is None:
        return f"[{resolution.status}]"
    parent = place.parent
    where = ""
    if parent is not None:
        where = f" in {parent.name_zh if place.country.code == 'CN' else parent.name_ja}"
    return f"{place.name_ja} / {place.name_zh} ({place.kind} {place.code}{where})"

"""Report how well the resolver reads the Japan–China pairs from English Wikipedia."""

from pathlib import Path

from django.core.management.base import BaseCommand

from kouryu.places.measure_resolver import describe, harvest_measure, resolver_measure
from kouryu.places.resolver import Status


class Command(BaseCommand):
    help = (
        "Resolve both sides of the 187 Japan–China pairs in jp_cn_pairs_from_enwiki.csv and "
        "report the share resolved on both sides, the failures, and a sample to check by hand."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Report every tie as ambiguous (no bare-name conventions).",
        )
        parser.add_argument("--sample", type=int, default=40, help="Pairs to list for checking.")
        parser.add_argument("--seed", type=int, default=2026, help="Seed of the random sample.")
        parser.add_argument(
            "--harvest",
            type=Path,
            help="Measure instead on a CSV of pairs in Japanese and Chinese script "
            "(columns japan_prefecture, japan_local_gov, china_province, china_local_gov).",
        )

    def handle(self, *args, strict: bool, sample: int, seed: int, harvest: Path | None, **options):
        if harvest:
            result = harvest_measure(path=harvest, conventions=not strict)
        else:
            result = resolver_measure(conventions=not strict)
        total, both = len(result.pairs), len(result.both_resolved)
        out = self.stdout.write
        out(f"Pairs: {total}; resolved on both sides: {both} ({both / total:.1%})")
        for side, label in (("japan", "Japanese side"), ("china", "Chinese side")):
            counts = result.statuses(side)
            out(
                f"{label}: {counts[Status.RESOLVED]} resolved "
                f"({result.conventions(side)} of them by a bare-name convention), "
                f"{counts[Status.AMBIGUOUS]} ambiguous, {counts[Status.NOT_FOUND]} not found"
            )
        out("\nFailures:")
        for pair in result.pairs:
            for side, text in (("japan", pair.japan_text), ("china", pair.china_text)):
                resolution = getattr(pair, side)
                if resolution.status != Status.RESOLVED:
                    out(f"  {side:5} {text!r}: {resolution.status}: {resolution.reason}")
        out("\nResolved by a convention:")
        for pair in result.pairs:
            for side, text in (("japan", pair.japan_text), ("china", pair.china_text)):
                resolution = getattr(pair, side)
                if resolution.convention:
                    out(f"  {side:5} {text!r} → {describe(resolution)}")
        if sample:
            out(f"\nRandom sample of {sample} pairs resolved on both sides (seed {seed}):")
            for number, pair in enumerate(result.sample(sample, seed), 1):
                out(
                    f"  {number:2}. {pair.japan_text!r} → {describe(pair.japan)}  |  "
                    f"{pair.china_text!r} → {describe(pair.china)}"
                )

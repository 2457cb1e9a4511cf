"""Load the shipped gazetteer (countries, Japanese and Chinese places, partner places abroad)."""

import time

from django.core.management.base import BaseCommand

from kouryu.places.services import places_load


class Command(BaseCommand):
    help = "Load the gazetteer from kouryu/places/data; running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the gazetteer already holds places.",
        )

    def handle(self, *args, if_empty: bool, **options):
        started = time.perf_counter()
        report = places_load(only_if_empty=if_empty)
        if report.skipped:
            self.stdout.write("The gazetteer already holds places; nothing loaded (--if-empty).")
            return
        self.stdout.write(f"Countries: {report.countries}")
        self.stdout.write(f"Places: {report.places}")
        self.stdout.write(f"Aliases: {report.aliases}")
        others = {k: v for k, v in report.by_kind.items() if k.endswith(" other")}
        for kind, count in sorted(report.by_kind.items()):
            if kind not in others:
                self.stdout.write(f"  {kind}: {count}")
        self.stdout.write(
            f"  other: {sum(others.values())} partner places in {len(others)} countries"
        )
        elapsed = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"Loaded in {elapsed:.1f} s."))

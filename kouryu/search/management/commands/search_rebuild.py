"""Rebuild the search index from every registered page type and model, in batches."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from kouryu.search import analyzer, services
from kouryu.search.stores import UnsupportedDatabase, store_for


class Command(BaseCommand):
    help = (
        "Index every registered page and object again, in batches, with progress; "
        "entries of deleted objects are removed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=200, help="objects per transaction [200]"
        )
        parser.add_argument(
            "--progress-every",
            type=float,
            default=1.0,
            help="seconds between progress lines [1.0]",
        )

    def handle(self, *args, batch_size=200, progress_every=1.0, verbosity=1, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        try:
            installed = store_for(connection).is_installed(connection)
        except UnsupportedDatabase as error:
            raise CommandError(str(error)) from error
        if not installed:
            raise CommandError(
                "The full-text store is missing: run `manage.py migrate kouryu_search`."
            )
        analyzer.warm_up()
        last = {"at": 0.0}

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if verbosity < 1 or (done < total and now - last["at"] < progress_every):
                return
            last["at"] = now
            share = done / total if total else 1.0
            self.stdout.write(f"  {done}/{total} ({share:.0%})")

        report = services.index_rebuild(batch_size=batch_size, progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt: {report.indexed} entries from {report.total} objects, "
                f"{report.removed} stale entries removed, in {report.seconds:.1f}s."
            )
        )

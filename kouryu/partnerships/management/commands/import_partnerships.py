"""Import partnerships from a CSV file: all or nothing, with a dry run and a progress bar."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from kouryu.partnerships.services import partnership_import_csv


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, stream, label: str):
        self.stream, self.label, self.last = stream, label, 0.0

    def __call__(self, done: int, total: int):
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = width * done // max(total, 1)
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Import partnerships from a UTF-8 CSV file. A file with any problem changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", help="CSV file, or - for standard input")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report; write nothing."
        )

    def handle(self, *args, path, dry_run, **options):
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8-sig") as f:
                    text = f.read()
        except (OSError, UnicodeDecodeError) as err:
            raise CommandError(f"Cannot read {path}: {err}") from err
        show = options["verbosity"] > 0 and sys.stderr.isatty()
        try:
            report = partnership_import_csv(
                text=text,
                dry_run=dry_run,
                progress=ProgressBar(sys.stderr, "Resolving") if show else None,
            )
        except ValueError as err:
            raise CommandError(str(err)) from err
        for problem in report.problems:
            self.stderr.write(str(problem))
        summary = (
            f"{report.total} rows: {report.created} to create, {report.updated} to update, "
            f"{report.unchanged} unchanged."
        )
        if report.problems:
            raise CommandError(f"{len(report.problems)} problems; nothing was imported. {summary}")
        if dry_run:
            self.stdout.write(f"Dry run, nothing written. {summary}")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported. {summary}"))

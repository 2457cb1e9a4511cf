"""Worker: send the queued newsletter deliveries (cron every minute, or a service with --loop)."""

import time

from django.core.management.base import BaseCommand

from kouryu.publishing.newsletter import TRANSIENT_ERRORS, deliveries_send


class Command(BaseCommand):
    help = (
        "Send pending newsletter deliveries until none is left; with --loop, keep waiting for more."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running; stop with Ctrl-C.")
        parser.add_argument("--batch", type=int, default=100, help="Deliveries per batch.")
        parser.add_argument(
            "--interval", type=float, default=10.0, help="Seconds to wait when idle (--loop)."
        )

    def handle(self, *, loop, batch, interval, verbosity, **options):
        total = 0
        try:
            while True:
                try:
                    handled = deliveries_send(batch=batch)
                except TRANSIENT_ERRORS as error:
                    # The mail server is away: the deliveries stay pending for the next run.
                    self.stderr.write(f"Mail server unavailable: {error}")
                    if not loop:
                        raise SystemExit(1) from error
                    handled = 0
                total += handled
                if handled and verbosity > 1:
                    self.stdout.write(f"Sent {handled} (total {total}).")
                if handled:
                    continue
                if not loop:
                    break
                time.sleep(interval)
        except KeyboardInterrupt:
            pass
        if verbosity:
            self.stdout.write(f"Newsletter deliveries handled: {total}.")

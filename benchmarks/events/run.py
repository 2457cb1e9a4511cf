"""Registration benchmark: registrations per second for one event on PostgreSQL, with p50
and p99, from parallel clients that each hold their own database connection.

Each client calls the registration service as the form's view does (seats under the
event's row lock, the waiting list once the seats are gone, the confirmation email with its
calendar file and QR code kept and queued as a task). It measures the part that cannot
scale out: every registration for one event waits for the same lock.

    .venv/bin/python benchmarks/events/run.py --database-url postgres://postgres@127.0.0.1:5432/kouryu_bench_events
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import platform
import queue
import secrets
import statistics
import subprocess
import sys
import threading
import time
import uuid
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"
sys.path.insert(0, str(REPO_ROOT))


class BenchmarkError(Exception):
    """A step failed in a way that makes the figures meaningless."""


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url",
        required=True,
        help="a PostgreSQL database to create, use and drop; it must not exist yet",
    )
    parser.add_argument("--clients", type=int, default=16, help="parallel clients [16]")
    parser.add_argument(
        "--registrations", type=int, default=2000, help="registrations in all [2000]"
    )
    parser.add_argument("--capacity", type=int, default=1000, help="seats; the rest wait [1000]")
    parser.add_argument(
        "--without-email",
        action="store_true",
        help="register without the confirmation email, to see what the seats alone cost",
    )
    parser.add_argument(
        "--save", action="store_true", help="also write benchmarks/results/events-<date>.json"
    )
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url must be a postgres:// URL: the benchmark measures row locks")
    if args.clients < 1 or args.registrations < args.clients:
        parser.error("need at least one client and one registration per client")
    return args


@contextlib.contextmanager
def postgresql_database(url: str):
    """Create the database named in the URL (UTF-8, C.UTF-8, as the tests' are); drop it after."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        raise BenchmarkError("--database-url needs a database name, e.g. /kouryu_bench_events")
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            raise BenchmarkError(f"database {name!r} exists already; drop it or name another")
        conn.execute(
            sql.SQL(
                "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' "
                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            ).format(sql.Identifier(name))
        )
    try:
        yield url
    finally:
        from django.conf import settings
        from django.db import connections

        if settings.configured:
            connections.close_all()
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        print(f"  dropped database {name}", flush=True)


def configure(database_url: str) -> None:
    os.environ.pop("DJANGO_DEBUG", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=database_url,
        # Emails are kept and their sending queued in the database, as in production;
        # no worker sends them during the run.
        TASKS_URL="database://",
        EMAIL_URL="consolemail://",
    )
    import django

    django.setup()


def event_make(capacity: int):
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from kouryu.events.models import EventIndexPage, EventKind, EventPage

    print("  manage.py migrate", flush=True)
    call_command("migrate", "--no-input", stdout=io.StringIO())
    call_command("setup_site", stdout=io.StringIO())
    kind = EventKind.objects.create(slug="bench", name_ja="ベンチマーク")
    index = EventIndexPage(title="イベント", slug="events", locale=Locale.get_default())
    Page.get_first_root_node().add_child(instance=index)
    start = timezone.now() + datetime.timedelta(days=30)
    event = EventPage(
        title="日中地域間交流推進セミナー",
        slug="seminar",
        kind=kind,
        venue="北京",
        description="<p>…</p>",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=3),
        capacity=capacity,
    )
    index.add_child(instance=event)
    return EventPage.objects.get(pk=event.pk)


def run(event, args) -> tuple[list[float], float]:
    from django.db import connections

    from kouryu.events import services

    work: queue.SimpleQueue = queue.SimpleQueue()
    for n in range(args.registrations):
        work.put(n)
    timings: list[float] = []
    lock = threading.Lock()
    errors: list[Exception] = []
    start = threading.Barrier(args.clients + 1)

    def client():
        mine = []
        try:
            start.wait()
            while True:
                try:
                    n = work.get_nowait()
                except queue.Empty:
                    break
                began = time.perf_counter()
                services.registration_create(
                    event=event,
                    contact=services.Contact(name=f"申込者{n}", email=f"p{n}@example.org"),
                    people=[services.Person(name=f"参加者{n}")],
                    language=("ja", "zh-hans", "en")[n % 3],
                    submission_key=uuid.uuid4(),
                    notify=not args.without_email,
                )
                mine.append((time.perf_counter() - began) * 1000)
        except Exception as error:  # noqa: BLE001 - reported after the run
            errors.append(error)
        finally:
            connections.close_all()
            with lock:
                timings.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise BenchmarkError(f"{len(errors)} clients failed, first: {errors[0]!r}")
    return timings, elapsed


def percentile(sorted_values: list[float], p: float) -> float:
    rank = (len(sorted_values) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


def check(event, args) -> dict:
    from kouryu.events.models import Attendee

    people = Attendee.objects.filter(roster__event_key=event.translation_key)
    confirmed = people.filter(status=Attendee.Status.CONFIRMED).count()
    waiting = people.filter(status=Attendee.Status.WAITLISTED).count()
    expected = min(args.capacity, args.registrations)
    if confirmed != expected or confirmed + waiting != args.registrations:
        raise BenchmarkError(f"{confirmed} confirmed and {waiting} waiting: the run overbooked")
    return {"confirmed": confirmed, "waitlisted": waiting}


def main() -> int:
    args = arguments()
    try:
        with postgresql_database(args.database_url) as url:
            configure(url)
            from django.db import connection

            print("Preparing one event", flush=True)
            event = event_make(args.capacity)
            print(
                f"Registering {args.registrations} people from {args.clients} clients", flush=True
            )
            timings, elapsed = run(event, args)
            outcome = check(event, args)
            database = f"postgresql {connection.pg_version // 10000}"
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    timings.sort()
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    facts = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit,
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": version("django"),
        "database": database,
        "clients": args.clients,
        "registrations": args.registrations,
        "capacity": args.capacity,
        "email": not args.without_email,
        **outcome,
        "per_second": round(args.registrations / elapsed, 1),
        "p50_ms": round(statistics.median(timings), 1),
        "p99_ms": round(percentile(timings, 99), 1),
        "max_ms": round(timings[-1], 1),
        "seconds": round(elapsed, 2),
    }
    print()
    print(f"Kouryu registration benchmark, {facts['date']} (commit {commit})")
    print(f"nproc {facts['nproc']}, Python {facts['python']}, Django {facts['django']}, {database}")
    print(
        f"{args.registrations} registrations for {args.capacity} seats from {args.clients} "
        f"clients: {outcome['confirmed']} confirmed, {outcome['waitlisted']} waiting"
        + (", without emails" if args.without_email else ", with confirmation emails")
    )
    print(
        f"{facts['per_second']} registrations/s, p50 {facts['p50_ms']} ms, "
        f"p99 {facts['p99_ms']} ms, max {facts['max_ms']} ms ({facts['seconds']} s)"
    )
    if args.save:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = RESULTS_DIR / f"events-{facts['date'][:10]}.json"
        path.write_text(json.dumps(facts, indent=2) + "\n")
        print(f"saved {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

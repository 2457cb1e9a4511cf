"""Registry benchmark: list, filter, search and statistics at 20,000 partnerships, in-process.

    .venv/bin/python benchmarks/registry/run.py                      # a temporary SQLite file
    .venv/bin/python benchmarks/registry/run.py --database-url postgres://postgres@127.0.0.1:5432/kouryu_bench_registry

It builds a throwaway site with production settings (DEBUG off, manifest static
files), grows the registry with synthetic partnerships to --rows, and times each
request kind with Django's test client, in this process: the figures are the
cost of the view, its queries and its template, without a web server in front.
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import time
import unicodedata
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urlencode, urlsplit

REPO_ROOT = Path(__file__).resolve().parents[2]
RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"
sys.path.insert(0, str(REPO_ROOT))

SEED = 20260301
BATCH = 2000
# The synthetic partner is in China this often; otherwise a place elsewhere in the gazetteer.
CHINA_SHARE = 0.8
FIRST_DAY = datetime.date(1955, 1, 1)

# Set once Django is configured; the benchmark mounts the API itself if the site does not yet.
urlpatterns: list = []


class BenchmarkError(Exception):
    """A step failed in a way that makes the figures meaningless."""


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="partnerships in all [20000]")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per kind [30]")
    parser.add_argument("--warm-up", type=int, default=3, help="untimed requests per kind [3]")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL database to create, use and drop; it must not exist yet "
        "(default: a SQLite file in a temporary directory)",
    )
    parser.add_argument(
        "--save",
        action="store_true",
        help="also write benchmarks/results/registry-<date>-<db>.json",
    )
    args = parser.parse_args()
    for name in ("rows", "requests"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.database_url and not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url must be a postgres:// URL (SQLite is the default)")
    return args


# The throwaway database.


@contextlib.contextmanager
def postgresql_database(url: str):
    """Create the database named in the URL (UTF-8, C.UTF-8, as the tests' are); drop it after."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        raise BenchmarkError("--database-url needs a database name, e.g. /kouryu_bench_registry")
    maintenance = parts._replace(path="/postgres").geturl()
    with psycopg.connect(maintenance, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            raise BenchmarkError(
                f"database {name!r} exists already; the benchmark creates and drops its own. "
                f"Name another, or drop it (dropdb {name}) if a broken run left it behind."
            )
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


def configure(tmp: Path, database_url: str) -> None:
    """Production settings for a site whose data lives in tmp, then django.setup()."""
    os.environ.pop("DJANGO_DEBUG", None)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        # The test client calls itself testserver.
        DJANGO_ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_COOKIES="false",
        DATABASE_URL=database_url,
        DJANGO_MEDIA_ROOT=str(tmp / "media"),
        # What rendering the registry costs, not the page cache (benchmarks/pages measures it);
        # the statistics' own shared cache stays on.
        PAGE_CACHE_SECONDS="0",
    )
    import django
    from django.conf import settings
    from django.test.utils import override_settings

    django.setup()
    # Hashed static names need a manifest; build it in tmp rather than in var/static.
    # WhiteNoise's compression is skipped: it changes no page's rendering cost.
    override_settings(
        STATIC_ROOT=str(tmp / "static"),
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
            },
        },
    ).enable()
    if settings.DEBUG:
        raise BenchmarkError("DEBUG is on; the benchmark measures production settings")


def mount_api_if_needed() -> bool:
    """Serve /api/v1/ from this module's URLconf if config/urls.py does not mount it yet."""
    from django.test.utils import override_settings
    from django.urls import Resolver404, path, resolve

    try:
        resolve("/api/v1/openapi.json")
        return False
    except Resolver404:
        pass
    from config import urls as site_urls
    from config.api import api

    urlpatterns[:] = [path("api/v1/", api.urls), *site_urls.urlpatterns]
    override_settings(ROOT_URLCONF=__name__).enable()
    return True


def manage(*command: str) -> None:
    from django.core.management import call_command

    print(f"  manage.py {' '.join(command)}", flush=True)
    call_command(*command, stdout=io.StringIO(), stderr=io.StringIO())


# Synthetic partnerships.


def grow_registry(rows: int) -> dict:
    """Add random partnerships (and one source each) until the registry holds `rows`."""
    from django.db import connection, transaction
    from django.utils import timezone

    from kouryu.core.dates import DatePrecision
    from kouryu.partnerships.models import (
        Partnership,
        PartnershipKind,
        PartnershipSource,
        PartnershipStatus,
        SourceKind,
    )
    from kouryu.places.models import Place, PlaceKind

    rng = random.Random(SEED)
    before = Partnership.objects.count()
    japan = list(
        Place.objects.filter(
            country__code="JP", kind__in=[PlaceKind.PREFECTURE, PlaceKind.MUNICIPALITY]
        ).values_list("pk", flat=True)
    )
    china = list(
        Place.objects.filter(
            country__code="CN",
            kind__in=[PlaceKind.PROVINCE, PlaceKind.PREFECTURE_CITY, PlaceKind.COUNTY],
        ).values_list("pk", flat=True)
    )
    elsewhere = list(
        Place.objects.exclude(country__code__in=["JP", "CN"]).values_list("pk", flat=True)
    )
    if not (japan and china and elsewhere):
        raise BenchmarkError("the demo gazetteer is missing Japanese, Chinese or other places")
    taken = set(Partnership.objects.values_list("japan_side_id", "partner_id"))
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    span = (yesterday - FIRST_DAY).days
    kinds = PartnershipKind.values
    precisions = [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR]

    def partnership() -> Partnership:
        while True:
            pair = (
                rng.choice(japan),
                rng.choice(china if rng.random() < CHINA_SHARE else elsewhere),
            )
            if pair not in taken:
                taken.add(pair)
                break
        agreed = FIRST_DAY + datetime.timedelta(days=rng.randrange(span))
        precision = rng.choice(precisions)
        if rng.random() < 0.25:
            agreed, precision = None, DatePrecision.UNKNOWN
        elif precision == DatePrecision.MONTH:
            agreed = agreed.replace(day=1)
        elif precision == DatePrecision.YEAR:
            agreed = agreed.replace(month=1, day=1)
        ended = agreed is not None and rng.random() < 0.05
        return Partnership(
            japan_side_id=pair[0],
            partner_id=pair[1],
            kind=rng.choice(kinds),
            agreed_on=agreed,
            date_precision=precision,
            status=PartnershipStatus.ENDED if ended else PartnershipStatus.ACTIVE,
            ends_on=min(agreed + datetime.timedelta(days=3650), yesterday) if ended else None,
            background_en="Synthetic record for the registry benchmark.",
        )

    added = 0
    while before + added < rows:
        size = min(BATCH, rows - before - added)
        with transaction.atomic():
            created = Partnership.objects.bulk_create([partnership() for _ in range(size)])
            PartnershipSource.objects.bulk_create(
                PartnershipSource(
                    partnership_id=p.pk,
                    kind=SourceKind.OTHER,
                    title="Synthetic",
                    url=f"https://example.org/partnerships/{p.pk}",
                )
                for p in created
            )
        added += size
    if connection.vendor == "postgresql":
        # What autovacuum would have done by the time anyone reads the rows.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {"demo": before, "synthetic": added, "total": Partnership.objects.count()}


# Requests.


def targets() -> list[dict]:
    from kouryu.places.models import Place

    hyogo = Place.objects.get(country__code="JP", code="280003")
    filtered = {"prefecture": hyogo.pk, "year_from": 1980, "year_to": 2000}
    api_filtered = {"prefecture": "280003", "year_from": 1980, "year_to": 2000}
    return [
        {"name": "list", "path": "/ja/registry/"},
        {"name": "filter (prefecture, years)", "path": "/ja/registry/", "params": filtered},
        {"name": "search q=神户", "path": "/ja/registry/", "params": {"q": "神户"}},
        {"name": "search q=Tianjin", "path": "/ja/registry/", "params": {"q": "Tianjin"}},
        {"name": "statistics", "path": "/ja/registry/statistics/"},
        {"name": "api list", "path": "/api/v1/partnerships"},
        {"name": "api filter", "path": "/api/v1/partnerships", "params": api_filtered},
        {
            "name": "api search q=Tianjin",
            "path": "/api/v1/partnerships",
            "params": {"q": "Tianjin"},
        },
        {"name": "api statistics", "path": "/api/v1/statistics"},
    ]


def check(client, target: dict) -> None:
    """One untimed request: a 200, its size, its query count and, for the API, the match count."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(target["path"], target.get("params", {}))
    if response.status_code != 200:
        raise BenchmarkError(f"GET {url(target)} answered {response.status_code}, not 200")
    target["bytes"] = len(response.content)
    target["queries"] = len(queries)
    if target["path"] == "/api/v1/partnerships":
        target["matches"] = response.json()["count"]


def url(target: dict) -> str:
    params = target.get("params")
    return f"{target['path']}?{urlencode(params)}" if params else target["path"]


def measure(client, found: list[dict], args) -> None:
    """Warm up, then request the kinds in turn, so that drift on the machine hits all alike."""
    for target in found:
        check(client, target)
        for _ in range(args.warm_up):
            client.get(target["path"], target.get("params", {}))
        target["ms"] = []
    for _ in range(args.requests):
        for target in found:
            started = time.perf_counter()
            response = client.get(target["path"], target.get("params", {}))
            target["ms"].append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise BenchmarkError(f"GET {url(target)} answered {response.status_code}")
    for target in found:
        times = sorted(target["ms"])
        target["p50_ms"] = statistics.median(times)
        target["p95_ms"] = percentile(times, 95)
        target["max_ms"] = times[-1]


def percentile(sorted_values: list[float], p: float) -> float:
    """The p-th percentile, interpolated between the nearest ranks."""
    if len(sorted_values) == 1:
        return sorted_values[0]
    rank = (len(sorted_values) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (rank - low)


# Report.


def machine_facts(args, rows: dict, api_mounted_here: bool) -> dict:
    import subprocess

    from django.db import connection

    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit or None,
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "database": f"{connection.vendor} {connection.Database.sqlite_version}"
        if connection.vendor == "sqlite"
        else f"{connection.vendor} {connection.pg_version // 10000}",
        "rows": rows,
        "requests": args.requests,
        "warm_up": args.warm_up,
        "api_mounted_by_benchmark": api_mounted_here,
    }


def report(facts: dict, found: list[dict]) -> str:
    rows = facts["rows"]
    lines = [
        f"Kouryu registry benchmark, {facts['date']} (commit {facts['commit']})",
        f"nproc {facts['nproc']}, Python {facts['python']}, Django {facts['django']}, "
        f"Wagtail {facts['wagtail']}, database {facts['database']}",
        f"{rows['total']} partnerships ({rows['demo']} demo + {rows['synthetic']} synthetic); "
        f"{facts['requests']} timed requests per kind after {facts['warm_up']} untimed, "
        "Django test client in-process, DEBUG off",
        "",
        f"{'request':<28}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'queries':>9}{'bytes':>9}"
        f"{'matches':>9}",
    ]
    for t in found:
        lines.append(
            f"{pad(t['name'], 28)}{t['p50_ms']:>9.1f}{t['p95_ms']:>9.1f}{t['max_ms']:>9.1f}"
            f"{t['queries']:>9}{t['bytes']:>9}{t.get('matches', ''):>9}"
        )
    return "\n".join(lines)


def pad(text: str, width: int) -> str:
    """Left-justify in a terminal, where a CJK character takes two columns."""
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - columns, 0)


def save(facts: dict, found: list[dict]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    engine = facts["database"].split()[0]
    path = RESULTS_DIR / f"registry-{facts['date'][:10]}-{engine}.json"
    path.write_text(json.dumps({"machine": facts, "targets": found}, indent=2) + "\n")
    return path


def main() -> int:
    args = arguments()
    started = time.monotonic()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="kouryu-bench-registry-") as tmp,
            contextlib.ExitStack() as stack,
        ):
            tmp = Path(tmp)
            database_url = (
                stack.enter_context(postgresql_database(args.database_url))
                if args.database_url
                else f"sqlite:///{tmp / 'db.sqlite3'}"
            )
            print("Preparing the site (production settings, demo data)", flush=True)
            configure(tmp, database_url)
            manage("migrate", "--no-input")
            manage("setup_site", "--demo")
            manage("collectstatic", "--no-input")
            print(f"Growing the registry to {args.rows} partnerships", flush=True)
            rows = grow_registry(args.rows)
            prepared = time.monotonic()
            api_mounted_here = mount_api_if_needed()
            from django.test import Client

            client = Client()
            found = targets()
            print(f"Measuring {len(found)} request kinds", flush=True)
            measure(client, found, args)
            facts = machine_facts(args, rows, api_mounted_here)
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    print()
    print(report(facts, found))
    if args.save:
        print(f"saved {save(facts, found).relative_to(REPO_ROOT)}")
    finished = time.monotonic()
    print(
        f"took {finished - started:.0f}s "
        f"(site setup {prepared - started:.0f}s, measuring {finished - prepared:.0f}s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

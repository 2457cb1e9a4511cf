"""Render benchmark: each public page rendered afresh in-process (no web server, no page
cache), in three languages: p50/p95 milliseconds and queries per page.

The same throwaway site as run.py (production settings, demo data, collectstatic), then
the pages through Django's test client in this process with the page cache off, as a
first hit or a logged-in visitor gets them. The frame's shared parts and the registry's
counts stay in the shared cache, as they do in production between two changes.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, BenchmarkError, manage, site_environment  # noqa: E402
from run import LANGUAGES, targets  # noqa: E402 - the pages benchmark beside this script


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed renders per page [30]")
    parser.add_argument("--warm-up", type=int, default=3, help="untimed renders per page [3]")
    parser.add_argument(
        "--languages",
        default=",".join(LANGUAGES),
        help=f"site languages to measure [{','.join(LANGUAGES)}]",
    )
    parser.add_argument(
        "--database-url", help="database to use (default: a fresh SQLite file in a temp folder)"
    )
    args = parser.parse_args()
    args.languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    if not set(args.languages) <= set(LANGUAGES):
        parser.error(f"--languages: choose from {', '.join(LANGUAGES)}")
    if args.requests < 1 or args.warm_up < 0:
        parser.error("--requests must be at least 1 and --warm-up at least 0")
    return args


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    args = arguments()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kouryu-render-") as tmp:
        env = site_environment(Path(tmp), args.database_url)
        env["PAGE_CACHE_SECONDS"] = "0"
        env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
        print("Preparing the site (production settings, demo data)", flush=True)
        try:
            manage(env, "migrate", "--no-input")
            manage(env, "setup_site", "--demo")
            manage(env, "collectstatic", "--no-input")
        except BenchmarkError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        os.environ.clear()
        os.environ.update(env)
        os.chdir(REPO_ROOT)
        sys.path.insert(0, str(REPO_ROOT))
        import django

        django.setup()
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client()

        def get(path: str) -> str:
            response = client.get(path)
            if response.status_code != 200:
                raise BenchmarkError(f"GET {path} answered {response.status_code}, not 200")
            if response.streaming:
                return b"".join(response.streaming_content).decode()
            return response.content.decode()

        pages = [
            t for t in targets(get, args.languages, uncached=False) if "static" not in t["name"]
        ]
        for page in pages:
            for _ in range(args.warm_up):
                get(page["path"])
            with CaptureQueriesContext(connection) as queries:
                get(page["path"])
            page["queries"] = len(queries)
            page["times"] = []
        print(f"Rendering {len(pages)} pages {args.requests} times each, in turns", flush=True)
        for _ in range(args.requests):
            for page in pages:
                begin = time.perf_counter()
                get(page["path"])
                page["times"].append((time.perf_counter() - begin) * 1000)
        from django.conf import settings

        database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print()
    print(
        f"Kouryu render benchmark: in-process, page cache off, {database}, nproc {os.cpu_count()}"
    )
    print(f"{'page':<28}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}")
    for page in pages:
        print(
            f"{page['name']:<28}{page['queries']:>8}"
            f"{statistics.median(page['times']):>9.1f}{percentile(page['times'], 0.95):>9.1f}"
        )
    medians = [statistics.median(page["times"]) for page in pages]
    print(f"median of the pages' p50: {statistics.median(medians):.1f} ms")
    print(f"took {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

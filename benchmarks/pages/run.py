"""Page benchmark: wrk against the public pages served by gunicorn, from the page cache and
rendered afresh, in three languages, with a static file as the ceiling."""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from importlib.metadata import version
from pathlib import Path

import environ

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import (  # noqa: E402 - the shared module sits beside this script's folder
    REPO_ROOT,
    BenchmarkError,
    fetch,
    gunicorn,
    manage,
    site_environment,
)

RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"

LANGUAGES = ("ja", "zh-hans", "en")
# The public pages, per language: fixed addresses, and pages found by following the first
# link of a kind on another page (a news item on the news index, and so on).
FIXED_PAGES = [
    ("home", "/{lang}/"),
    ("overview", "/{lang}/overview/"),
    ("staff", "/{lang}/staff/"),
    ("figures", "/{lang}/figures/"),
    ("news", "/{lang}/news/"),
    ("reports", "/{lang}/reports/"),
    ("registry", "/{lang}/registry/"),
    ("statistics", "/{lang}/registry/statistics/"),
    ("events", "/{lang}/events/"),
]
FOUND_PAGES = [
    # name, the page to look on, the link to follow
    ("article", "news", r'href="(/{lang}/news/(?!feed/)[\w-]+/)"'),
    ("report", "reports", r'href="(/{lang}/reports/(?!feed/)[\w-]+/)"'),
    ("partnership", "registry", r'href="(/{lang}/registry/\d+/)"'),
    ("place", "partnership", r'href="(/{lang}/registry/places/\d+/)"'),
    ("event", "events", r'href="(/{lang}/events/(?!past/|feed/|calendar/)[\w-]+/)"'),
]
# An anonymous visitor with a session cookie is never served from the page cache: the
# page is rendered as on a first hit (kouryu.core.pagecache).
UNCACHED_HEADER = "Cookie: sessionid=benchmark-uncached"
STATIC_NAME = "static site.css"
# The stylesheet link in the rendered page; with DEBUG off the name carries the manifest hash.
STYLESHEET = re.compile(r'href="(/[^"]*/website/css/site\.[0-9a-f]{12}\.css)"')

WARM_UP_SECONDS = 1
# wrk stops itself after -d; this only guards against a hung wrk.
WRK_GRACE_SECONDS = 30
TIME_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=3, help="seconds per wrk run [3]")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections [8]")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads [2]")
    parser.add_argument("--repeats", type=int, default=3, help="wrk runs per target [3]")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers [2]")
    parser.add_argument(
        "--database-url",
        help="database to migrate, load demo data into and serve (default: a fresh SQLite file)",
    )
    parser.add_argument(
        "--languages",
        default=",".join(LANGUAGES),
        help=f"site languages to measure [{','.join(LANGUAGES)}]",
    )
    parser.add_argument(
        "--no-uncached",
        action="store_true",
        help="measure only the cached pages, not also each page as rendered afresh",
    )
    parser.add_argument(
        "--save", action="store_true", help="also write benchmarks/results/pages-<date>.json"
    )
    args = parser.parse_args()
    for name in ("duration", "connections", "threads", "repeats", "workers"):
        if getattr(args, name) < 1:
            parser.error(f"--{name} must be at least 1")
    if args.connections < args.threads:
        parser.error("wrk needs at least one connection per thread")
    args.languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    if not set(args.languages) <= set(LANGUAGES):
        parser.error(f"--languages: choose from {', '.join(LANGUAGES)}")
    return args


def targets(get, languages, uncached: bool) -> list[dict]:
    """Every page in every language (cached, and, with `uncached`, as rendered afresh), and
    the stylesheet the home page links to; each checked once for a 200 by ``get(path)``,
    which returns the body (over HTTP here, through Django's test client in render.py)."""
    found = []
    stylesheet = None
    for lang in languages:
        paths = {}
        bodies = {}
        for name, template in FIXED_PAGES:
            paths[name] = template.format(lang=lang)
        for name, on, link in FOUND_PAGES:
            if on not in bodies:
                bodies[on] = get(paths[on])
            match = re.search(link.format(lang=re.escape(lang)), bodies[on])
            if not match:
                raise BenchmarkError(f"no {name} link on {paths[on]}")
            paths[name] = match.group(1)
        for name, path in paths.items():
            body = bodies.get(name) or get(path)
            if stylesheet is None:
                match = STYLESHEET.search(body)
                if not match:
                    raise BenchmarkError(f"no hashed site.css link in {path}; is DEBUG off?")
                stylesheet = match.group(1)
            found.append(
                {
                    "name": f"{name} {lang}",
                    "path": path,
                    "bytes": len(body.encode()),
                    "cached": True,
                }
            )
            if uncached:
                found.append(
                    {
                        "name": f"{name} {lang} uncached",
                        "path": path,
                        "bytes": len(body.encode()),
                        "cached": False,
                    }
                )
    css = get(stylesheet)
    found.append({"name": STATIC_NAME, "path": stylesheet, "bytes": len(css), "cached": True})
    return found


def _get(base: str, path: str) -> str:
    status, body = fetch(base + path)
    if status != 200:
        raise BenchmarkError(f"GET {path} answered {status}, not 200")
    return body.decode()


def wrk(url: str, args, duration: int, cached: bool = True) -> dict:
    command = ["wrk", "--latency", "-t", str(args.threads), "-c", str(args.connections)]
    if not cached:
        command += ["-H", UNCACHED_HEADER]
    command += ["-d", f"{duration}s", url]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=duration + WRK_GRACE_SECONDS
        )
    except subprocess.TimeoutExpired as error:
        raise BenchmarkError(f"wrk did not finish: {' '.join(command)}") from error
    if done.returncode != 0:
        raise BenchmarkError(f"wrk failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return parse_wrk(done.stdout)


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", value).groups()
    return float(number) * TIME_UNITS[unit]


def parse_wrk(output: str) -> dict:
    """Requests/sec, p50 and p99 (ms), request count and errors from `wrk --latency` output."""
    try:
        run = {
            "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
            "p50_ms": _milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M)[1]),
            "p99_ms": _milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M)[1]),
            "requests": int(re.search(r"(\d+) requests in", output)[1]),
        }
    except (TypeError, AttributeError) as error:
        raise BenchmarkError(f"could not read wrk output:\n{output}") from error
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    run["non_2xx"] = int(non_2xx[1]) if non_2xx else 0
    sockets = re.search(r"Socket errors: (.*)", output)
    run["socket_errors"] = (
        {key: int(count) for key, count in re.findall(r"(\w+) (\d+)", sockets[1])}
        if sockets
        else {}
    )
    return run


def measure(base: str, found: list[dict], args) -> None:
    """Warm each target up, then run the repeats round-robin so drift hits every target alike."""
    for target in found:
        print(f"  warm-up {target['name']} ({WARM_UP_SECONDS}s)", flush=True)
        wrk(base + target["path"], args, WARM_UP_SECONDS, target["cached"])
        target["runs"] = []
    for repeat in range(1, args.repeats + 1):
        for target in found:
            print(f"  run {repeat}/{args.repeats} {target['name']}", flush=True)
            target["runs"].append(wrk(base + target["path"], args, args.duration, target["cached"]))
    ceiling = statistics.median(run["requests_per_second"] for run in found[-1]["runs"])
    for target in found:
        runs = target["runs"]
        for key in ("requests_per_second", "p50_ms", "p99_ms"):
            target[key] = statistics.median(run[key] for run in runs)
        target["ratio_to_static"] = target["requests_per_second"] / ceiling
        target["errors"] = sum(run["non_2xx"] + sum(run["socket_errors"].values()) for run in runs)


def machine_facts(args, env: dict[str, str]) -> dict:
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split()
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    engine = environ.Env.db_url_config(env["DATABASE_URL"])["ENGINE"].rsplit(".", 1)[-1]
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit or None,
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "database": engine,
        "gunicorn_workers": args.workers,
        "wrk": {
            "version": wrk_version[1] if len(wrk_version) > 1 else None,
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
            "repeats": args.repeats,
            "warm_up_s": WARM_UP_SECONDS,
        },
    }


def report(facts: dict, found: list[dict]) -> str:
    w = facts["wrk"]
    lines = [
        f"Kouryu pages benchmark, {facts['date']} (commit {facts['commit']})",
        f"nproc {facts['nproc']}, Python {facts['python']}, Django {facts['django']}, "
        f"Wagtail {facts['wagtail']}, database {facts['database']}, "
        f"gunicorn {facts['gunicorn']} with {facts['gunicorn_workers']} sync workers",
        f"wrk {w['version']}: -t {w['threads']} -c {w['connections']} -d {w['duration_s']}s, "
        f"median of {w['repeats']} runs after a {w['warm_up_s']}s warm-up",
        "",
        f"{'target':<30}{'bytes':>8}{'req/s':>10}{'(min-max)':>16}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'vs static':>11}",
    ]
    for t in found:
        rates = [run["requests_per_second"] for run in t["runs"]]
        spread = f"({min(rates):.1f}-{max(rates):.1f})"
        lines.append(
            f"{t['name']:<30}{t['bytes']:>8}{t['requests_per_second']:>10.1f}{spread:>16}"
            f"{t['p50_ms']:>9.2f}{t['p99_ms']:>9.2f}{t['ratio_to_static']:>11.1%}"
        )
    for t in found:
        if t["errors"]:
            lines.append(
                f"warning: {t['name']} had {t['errors']} non-2xx responses or socket errors"
            )
    return "\n".join(lines)


def save(facts: dict, found: list[dict]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"pages-{facts['date'][:10]}.json"
    path.write_text(json.dumps({"machine": facts, "targets": found}, indent=2) + "\n")
    return path


def main() -> int:
    args = arguments()
    if not shutil.which("wrk"):
        print("error: wrk is not installed (Debian: apt-get install wrk)", file=sys.stderr)
        return 1
    # A plain `kill` should stop the server too, as Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="kouryu-bench-") as tmp:
            tmp = Path(tmp)
            env = site_environment(tmp, args.database_url)
            print("Preparing the site (production settings, demo data)", flush=True)
            manage(env, "migrate", "--no-input")
            manage(env, "setup_site", "--demo")
            manage(env, "collectstatic", "--no-input")
            prepared = time.monotonic()
            print(f"Starting gunicorn with {args.workers} workers", flush=True)
            with gunicorn(env, args.workers, tmp / "gunicorn.log", "/ja/") as base:
                found = targets(
                    lambda path: _get(base, path), args.languages, uncached=not args.no_uncached
                )
                measure(base, found, args)
            facts = machine_facts(args, env)
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; server stopped", file=sys.stderr)
        return 130
    print()
    print(report(facts, found))
    if args.save:
        print(f"saved {save(facts, found).relative_to(REPO_ROOT)}")
    finished = time.monotonic()
    print(
        f"took {finished - started:.0f}s "
        f"(site setup {prepared - started:.0f}s, serving and measuring {finished - prepared:.0f}s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

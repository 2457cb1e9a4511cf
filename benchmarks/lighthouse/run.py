"""Lighthouse scores (SEO, performance, accessibility) of the public pages in ja, zh-hans and en,
on a throwaway demo site served by gunicorn with DEBUG off."""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import (  # noqa: E402 - the shared module sits beside this script's folder
    REPO_ROOT,
    BenchmarkError,
    fetch,
    free_port,
    gunicorn,
    manage,
    site_environment,
)

RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"
LANGUAGES = ("ja", "zh-hans", "en")
CATEGORIES = ("seo", "performance", "accessibility")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
LIGHTHOUSE_TIMEOUT = 240
# Runs of one page, when Lighthouse reports a runtime error (see lighthouse()).
ATTEMPTS = 3
# Performance metrics shown beside the score: (key, label, Lighthouse audit).
METRICS = (
    ("lcp_ms", "LCP", "largest-contentful-paint"),
    ("tbt_ms", "TBT", "total-blocking-time"),
)

# (name, path below the language prefix) of pages at fixed addresses.
FIXED = [
    ("home", ""),
    ("overview", "overview/"),
    ("staff", "staff/"),
    ("figures", "figures/"),
    ("news index", "news/"),
    ("registry list", "registry/"),
    ("statistics", "registry/statistics/"),
    ("map", "registry/map/"),
    ("search results", "search/?q=%E7%A5%9E%E6%88%B8"),  # 神戸
    ("feeds page", "feeds/"),
    ("events list", "events/"),
    ("programmes", "programmes/"),
]
# (name, page whose links are read, pattern of the link to follow below the prefix).
FOUND = [
    ("news article", "news/", r"^news/[^/?#]+/$"),
    ("report", "reports/", r"^reports/[^/?#]+/$"),
    ("event page", "events/", r"^events/[^/?#]+/$"),
    ("partnership", "registry/", r"^registry/\d+/$"),
    ("place", "registry/", r"^registry/places/\d+/$"),
]
ORDER = [
    "home",
    "overview",
    "staff",
    "figures",
    "news index",
    "news article",
    "report",
    "registry list",
    "partnership",
    "place",
    "statistics",
    "map",
    "search results",
    "feeds page",
    "events list",
    "event page",
    "programmes",
]


def arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--lighthouse", type=Path, help="the lighthouse command (its bin script)")
    where.add_argument(
        "--npx-dir",
        type=Path,
        help="a folder where `npm install lighthouse@12.8.2` was run; uses npx there",
    )
    parser.add_argument(
        "--categories",
        default="seo",
        help=f"comma-separated, of {', '.join(CATEGORIES)} [seo]",
    )
    parser.add_argument("--form-factor", choices=("mobile", "desktop"), default="mobile")
    parser.add_argument("--repeats", type=int, default=1, help="Lighthouse runs per page [1]")
    parser.add_argument(
        "--languages", default=",".join(LANGUAGES), help="comma-separated [ja,zh-hans,en]"
    )
    parser.add_argument("--pages", help="comma-separated page names (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers [2]")
    parser.add_argument(
        "--chrome-path",
        default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
        help="Chromium or Chrome [$CHROME_PATH or /usr/bin/chromium]",
    )
    parser.add_argument(
        "--database-url",
        help="database to migrate, load demo data into and serve (default: a fresh SQLite file)",
    )
    parser.add_argument(
        "--reports", type=Path, help="also keep each run's Lighthouse report (JSON) in this folder"
    )
    parser.add_argument(
        "--save", action="store_true", help="also write benchmarks/results/lighthouse-<date>.json"
    )
    args = parser.parse_args()
    args.categories = [c.strip() for c in args.categories.split(",") if c.strip()]
    if not args.categories or set(args.categories) - set(CATEGORIES):
        parser.error(f"--categories takes {', '.join(CATEGORIES)}")
    args.languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    if set(args.languages) - set(LANGUAGES):
        parser.error(f"--languages takes {', '.join(LANGUAGES)}")
    args.pages = [p.strip() for p in args.pages.split(",")] if args.pages else ORDER
    if set(args.pages) - set(ORDER):
        parser.error(f"--pages takes {', '.join(ORDER)}")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def lighthouse_command(args) -> tuple[list[str], Path | None]:
    """The command to start Lighthouse and the folder to start it in."""
    if args.lighthouse:
        if not args.lighthouse.exists():
            raise BenchmarkError(f"{args.lighthouse} does not exist")
        return [str(args.lighthouse.resolve())], None
    folder = args.npx_dir.resolve()
    if not (folder / "node_modules" / "lighthouse").is_dir():
        raise BenchmarkError(f"no node_modules/lighthouse in {folder}; npm install it there")
    if not shutil.which("npx"):
        raise BenchmarkError("npx is not installed")
    return ["npx", "--no-install", "lighthouse"], folder


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def links(base: str, path: str) -> list[str]:
    """The site-relative addresses a page links to, in order."""
    status, body = fetch(base + path)
    if status != 200:
        raise BenchmarkError(f"GET {path} answered {status}, not 200")
    parser = _Links()
    parser.feed(body.decode())
    found = []
    for href in parser.hrefs:
        url = urlsplit(urljoin(base + path, href))
        if f"{url.scheme}://{url.netloc}" == base:
            found.append(url.path + (f"?{url.query}" if url.query else ""))
    return found


def page_paths(base: str, language: str) -> dict[str, str]:
    """Every page's address in one language: the fixed ones, and the first of each kind
    linked from where a reader would find it (the first news article of the news index)."""
    prefix = f"/{language}/"
    paths = {name: prefix + rest for name, rest in FIXED}
    for name, where, pattern in FOUND:
        candidates = [p[len(prefix) :] for p in links(base, prefix + where) if p.startswith(prefix)]
        match = next((p for p in candidates if re.match(pattern, p)), None)
        if match is None:
            raise BenchmarkError(f"no link matching {pattern} on {prefix}{where}")
        paths[name] = prefix + match
    for name, path in paths.items():
        status, _ = fetch(base + path)
        if status != 200:
            raise BenchmarkError(f"{name}: GET {path} answered {status}, not 200")
    return paths


def lighthouse(command, folder, url: str, args) -> dict:
    """One Lighthouse run: the category scores (0–100) and the failed SEO audits."""
    run = [
        *command,
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(args.categories)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    run.append("--preset=desktop" if args.form_factor == "desktop" else "--form-factor=mobile")
    env = {**os.environ, "CHROME_PATH": args.chrome_path}
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(
            run, cwd=folder, env=env, capture_output=True, text=True, timeout=LIGHTHOUSE_TIMEOUT
        )
        report = json.loads(done.stdout) if done.returncode == 0 else {}
        error = done.stderr[-2000:] if done.returncode != 0 else report.get("runtimeError")
        if not error:
            break
        # Lighthouse now and then fails to record the page's trace (NO_NAVSTART and the
        # like); a new run of the same page is the remedy it suggests.
        recording = bool(report.get("runtimeError")) or "Runtime error" in error
        if attempt == ATTEMPTS or not recording:
            raise BenchmarkError(f"lighthouse {url} failed:\n{error}")
        print(f"  (lighthouse could not record {url}; running it again)", flush=True)
    scores = {
        c: round(report["categories"][c]["score"] * 100)
        if report["categories"][c]["score"] is not None
        else None
        for c in args.categories
    }
    if args.reports:
        args.reports.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^a-z0-9]+", "-", urlsplit(url).path.lower()).strip("-") or "home"
        runs = len(list(args.reports.glob(f"{name}.*.json")))
        (args.reports / f"{name}.{runs + 1}.json").write_text(done.stdout)
    metrics = {
        metric: round(report["audits"][audit]["numericValue"])
        for metric, _label, audit in METRICS
        # An audit that could not be measured (NO_LCP and the like) has no value.
        if "performance" in args.categories
        and report["audits"].get(audit, {}).get("numericValue") is not None
    }
    failed = []
    for ref in report["categories"].get("seo", {}).get("auditRefs", []):
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
            failed.append(ref["id"])
    return {"scores": scores, "failed": failed, "metrics": metrics}


def measure(base: str, command, folder, args) -> list[dict]:
    rows = []
    for language in args.languages:
        paths = page_paths(base, language)
        for name in args.pages:
            runs = []
            for _ in range(args.repeats):
                runs.append(lighthouse(command, folder, base + paths[name], args))
            scores = {
                c: statistics.median(r["scores"][c] for r in runs if r["scores"][c] is not None)
                for c in args.categories
            }
            failed = sorted({a for r in runs for a in r["failed"]})
            metrics = {
                metric: statistics.median(values)
                for metric, _label, _audit in METRICS
                if (values := [r["metrics"][metric] for r in runs if metric in r["metrics"]])
            }
            rows.append(
                {"page": name, "language": language, "path": paths[name], **scores, **metrics}
            )
            rows[-1]["failed_seo_audits"] = failed
            shown = " ".join(f"{c} {scores[c]:.0f}" for c in args.categories)
            if metrics:
                labels = {metric: label for metric, label, _audit in METRICS}
                shown += f" ({', '.join(f'{labels[m]} {v:.0f} ms' for m, v in metrics.items())})"
            print(f"  {language:8} {name:15} {shown}  {' '.join(failed)}", flush=True)
    return rows


def table(rows: list[dict], args) -> str:
    """One Markdown table per category: pages down, languages across."""
    out = []
    for category in args.categories:
        out.append(f"{category} ({args.form_factor}, median of {args.repeats})")
        out.append("")
        out.append("| page | " + " | ".join(args.languages) + " |")
        out.append("|---|" + "---:|" * len(args.languages))
        for name in args.pages:
            cells = []
            for language in args.languages:
                row = next(r for r in rows if r["page"] == name and r["language"] == language)
                cells.append(f"{row[category]:.0f}")
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
    failed = [r for r in rows if r["failed_seo_audits"]]
    for r in failed:
        out.append(f"{r['language']} {r['page']}: {', '.join(r['failed_seo_audits'])}")
    return "\n".join(out)


def lighthouse_version(command, folder) -> str:
    done = subprocess.run(
        [*command, "--version"], cwd=folder, capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def main() -> int:
    args = arguments()
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started = time.monotonic()
    try:
        command, folder = lighthouse_command(args)
        version = lighthouse_version(command, folder)
        print(f"Lighthouse {version}, {args.chrome_path}", flush=True)
        with tempfile.TemporaryDirectory(prefix="kouryu-lighthouse-") as tmp:
            tmp = Path(tmp)
            env = site_environment(tmp, args.database_url)
            port = free_port()
            print("Preparing the site (production settings, demo data)", flush=True)
            manage(env, "migrate", "--no-input")
            manage(env, "setup_site", "--demo")
            # The site's root is the address it is served at, as in production: canonical,
            # alternate-language and sitemap links point where Lighthouse can follow them.
            manage(
                env,
                "shell",
                "-c",
                "from wagtail.models import Site; "
                f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={port})",
            )
            manage(env, "collectstatic", "--no-input")
            print(f"Starting gunicorn with {args.workers} workers on port {port}", flush=True)
            with gunicorn(env, args.workers, tmp / "gunicorn.log", port=port) as base:
                rows = measure(base, command, folder, args)
    except BenchmarkError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; server stopped", file=sys.stderr)
        return 130
    print()
    print(table(rows, args))
    if args.save:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = (
            RESULTS_DIR
            / f"lighthouse-{datetime.now().astimezone():%Y-%m-%d}-{args.form_factor}.json"
        )
        facts = {"lighthouse": version, "form_factor": args.form_factor, "repeats": args.repeats}
        path.write_text(json.dumps({"facts": facts, "rows": rows}, indent=2) + "\n")
        print(f"saved {path.relative_to(REPO_ROOT)}")
    print(f"took {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

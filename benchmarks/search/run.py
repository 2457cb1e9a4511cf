"""Search benchmark: index synthetic Japanese/Chinese/English documents, then time queries.

Builds --docs documents (default 100,000) from the word lists in words.py, indexes them
in batches with the app's own code (analyzer, services.entries_write) and reports the
build time; then runs --queries queries of 1, 2, 3 and 4 words each through the app's
selectors.search (ranking, count, ten highlighted snippets) and reports p50/p95
latency, plus the database's ranking query alone.

Runs on a throwaway SQLite file by default. With --database-url postgres://…/NAME it
creates a throwaway database NAME_search_bench on that server, and drops it after.
"""

import argparse
import contextlib
import io
import json
import math
import os
import platform
import random
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import words  # noqa: E402  (the word lists beside this script)

LANGUAGE_SHARES = {"ja": 0.4, "zh-hans": 0.4, "en": 0.2}
WARM_UP_QUERIES = 20


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents to index [100000]")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to use, as postgres://user@host:port/name "
        "(default: a temporary SQLite file)",
    )
    parser.add_argument("--queries", type=int, default=50, help="queries per word count [50]")
    parser.add_argument("--batch-size", type=int, default=500, help="documents per batch [500]")
    parser.add_argument("--seed", type=int, default=1, help="random seed [1]")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--keep-database",
        action="store_true",
        help="leave the PostgreSQL database NAME_search_bench in place to explore",
    )
    parser.add_argument(
        "--no-relevance",
        action="store_true",
        help="skip scoring the tests' relevance set (migrates the whole site)",
    )
    args = parser.parse_args()
    for name in ("docs", "queries", "batch_size"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


# ---------------------------------------------------------------------------
# Synthetic documents
# ---------------------------------------------------------------------------


def _cumulative(weights):
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


class Corpus:
    """Deterministic documents: document n is the same for the same seed, on any run."""

    def __init__(self, seed: int):
        self.seed = seed
        self.lists = {"ja": words.JAPANESE, "zh-hans": words.CHINESE, "en": words.ENGLISH}
        # Zipf-like: the k-th word of a list is drawn about 1/k as often as the first.
        self.cumulative = {
            language: _cumulative([1 / (rank + 1) ** 0.9 for rank in range(len(vocabulary))])
            for language, vocabulary in self.lists.items()
        }
        self.places = words.JAPANESE[:80] + words.CHINESE[:80]

    def _words(self, rng, language, count):
        return rng.choices(self.lists[language], cum_weights=self.cumulative[language], k=count)

    def _sentence(self, rng, language):
        chosen = self._words(rng, language, rng.randint(4, 9))
        if language == "en":
            if rng.random() < 0.15:
                chosen.insert(rng.randrange(len(chosen)), rng.choice(self.places))
            return " ".join(chosen).capitalize() + "."
        if rng.random() < 0.15:
            extra = rng.choice(words.LATIN_IN_CJK + words.ENGLISH[:60])
            chosen.insert(rng.randrange(len(chosen)), extra)
        if language == "ja":
            text = "".join(w + rng.choice(words.JAPANESE_PARTICLES) for w in chosen[:-1])
            return text + chosen[-1] + rng.choice(words.JAPANESE_ENDINGS)
        text = "".join(w + rng.choice(words.CHINESE_LINKS) for w in chosen[:-1])
        return text + chosen[-1] + rng.choice(words.CHINESE_ENDINGS)

    def document(self, number: int):
        from kouryu.search.registry import Document

        rng = random.Random(self.seed * 1_000_003 + number)
        language = rng.choices(list(LANGUAGE_SHARES), weights=list(LANGUAGE_SHARES.values()))[0]
        joiner = " " if language == "en" else ""
        title = joiner.join(self._words(rng, language, rng.randint(3, 6)))
        sentences = [self._sentence(rng, language) for _ in range(rng.randint(6, 16))]
        return Document(
            title=title.capitalize() if language == "en" else title,
            body=joiner.join(sentences),
            language=language,
            kind=rng.choice(["page", "news", "report", "event"]),
            url=f"/{language}/bench/{number}/",
            is_public=rng.random() < 0.95,
        )

    def queries(self, word_count: int, how_many: int) -> list[str]:
        rng = random.Random(self.seed * 7919 + word_count)
        out = []
        for _ in range(how_many):
            language = rng.choices(list(LANGUAGE_SHARES), weights=list(LANGUAGE_SHARES.values()))[0]
            vocabulary = self.lists[language]
            # Ranks drawn evenly on a log scale: as many queries among the top 10 words
            # as among ranks 10-100, and fewer common words than the texts have.
            chosen = []
            while len(chosen) < word_count:
                index = int(math.exp(rng.uniform(0, math.log(len(vocabulary))))) - 1
                if vocabulary[index] not in chosen:
                    chosen.append(vocabulary[index])
            if word_count > 1 and rng.random() < 0.3:
                # A mixed query: a Latin word in a CJK query, a CJK name in an English one.
                chosen[-1] = (
                    rng.choice(self.places)
                    if language == "en"
                    else rng.choice(words.LATIN_IN_CJK + words.ENGLISH[:60])
                )
            out.append(" ".join(chosen))
        return out


# ---------------------------------------------------------------------------
# Database and Django
# ---------------------------------------------------------------------------


@contextlib.contextmanager
def throwaway_database(url: str | None, *, keep: bool = False):
    """A database URL for this run, removed afterwards unless ``keep``."""
    if not url:
        with tempfile.TemporaryDirectory(prefix="kouryu-search-bench-") as folder:
            yield f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        return
    import environ
    import psycopg

    config = environ.Env.db_url_config(url)
    if "postgresql" not in config["ENGINE"]:
        raise SystemExit("--database-url must be a postgres:// URL")
    name = f"{config['NAME'] or 'kouryu'}_search_bench"
    server = {
        "host": config.get("HOST") or "127.0.0.1",
        "port": config.get("PORT") or 5432,
        "user": config.get("USER") or "postgres",
        "password": config.get("PASSWORD") or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"
            " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from django.db import connections

        connections.close_all()
        if keep:
            print(f"kept database {name}")
        else:
            with psycopg.connect(**server) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(database_url: str) -> None:
    os.environ.pop("DJANGO_DEBUG", None)  # DEBUG would keep every query in memory
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(32),
        DATABASE_CONN_MAX_AGE="0",
    )
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "kouryu_search", verbosity=0)


def database_facts() -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            version = cursor.fetchone()[0]
            cursor.execute(
                "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
            )
            size = cursor.fetchone()[0]
        else:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
            cursor.execute("SELECT pg_total_relation_size('kouryu_search_searchentry')")
            size = cursor.fetchone()[0]
    return {"vendor": connection.vendor, "version": version, "size_bytes": size}


# ---------------------------------------------------------------------------
# The runs
# ---------------------------------------------------------------------------


def build(corpus: Corpus, docs: int, batch_size: int) -> dict:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction

    from kouryu.search import analyzer, services
    from kouryu.search.stores import store_for

    content_type, _ = ContentType.objects.get_or_create(app_label="benchmark", model="document")
    analyzer.warm_up()
    started = last_report = time.monotonic()
    body_chars = 0
    for start in range(0, docs, batch_size):
        batch = []
        for number in range(start, min(docs, start + batch_size)):
            document = corpus.document(number)
            body_chars += len(document.body)
            batch.append((content_type.pk, str(number), document))
        with transaction.atomic():
            services.entries_write(batch)
        now = time.monotonic()
        done = min(docs, start + batch_size)
        if now - last_report > 10 or done == docs:
            last_report = now
            rate = done / (now - started)
            print(f"  indexed {done}/{docs} ({rate:.0f} docs/s)", flush=True)
    indexed = time.monotonic() - started
    optimize_started = time.monotonic()
    store_for(connection).optimize(connection)
    optimized = time.monotonic() - optimize_started
    return {
        "docs": docs,
        "seconds": round(indexed, 2),
        "docs_per_second": round(docs / indexed, 1),
        "optimize_seconds": round(optimized, 2),
        "average_body_chars": round(body_chars / docs),
    }


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(corpus: Corpus, per_count: int) -> list[dict]:
    from django.db import connection

    from kouryu.search import selectors
    from kouryu.search.analyzer import analyze_query
    from kouryu.search.stores import Filters, store_for

    store = store_for(connection)
    for query in corpus.queries(2, WARM_UP_QUERIES):
        selectors.search(query)
    rows = []
    for word_count in (1, 2, 3, 4):
        queries = corpus.queries(word_count, per_count)
        total_ms, rank_ms, hits = [], [], []
        for query in queries:
            started = time.perf_counter()
            results = selectors.search(query)
            total_ms.append((time.perf_counter() - started) * 1000)
            hits.append(results.total)
        for query in queries:
            expression = analyze_query(query).expression
            started = time.perf_counter()
            store.rank(expression, Filters(), limit=10, offset=0, connection=connection)
            rank_ms.append((time.perf_counter() - started) * 1000)
        rows.append(
            {
                "words": word_count,
                "queries": len(queries),
                "p50_ms": round(statistics.median(total_ms), 2),
                "p95_ms": round(_percentile(total_ms, 0.95), 2),
                "rank_p50_ms": round(statistics.median(rank_ms), 2),
                "rank_p95_ms": round(_percentile(rank_ms, 0.95), 2),
                "median_hits": statistics.median(hits),
                "max_hits": max(hits),
                "examples": queries[:3],
            }
        )
    return rows


COLD_START = """
import json, os, sys, time
sys.path.insert(0, {root!r})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
import django
django.setup()
from kouryu.search import analyzer
started = time.perf_counter()
if {warm}:
    analyzer.warm_up()
warm_up_s = time.perf_counter() - started
timings = []
for query in ("神戸市の友好都市", "友好城市交流"):
    started = time.perf_counter()
    analyzer.analyze_query(query)
    timings.append((time.perf_counter() - started) * 1000)
print(json.dumps({{"warm_up_s": warm_up_s, "first_ja_ms": timings[0], "first_zh_ms": timings[1]}}))
"""


def cold_start(repeats: int = 3) -> dict:
    """A new process's first Japanese and Chinese queries, with and without loading the
    dictionaries first (as config/wsgi.py does in every worker); medians of ``repeats``."""
    found = {}
    for warm in (False, True):
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, "-c", COLD_START.format(root=str(REPO_ROOT), warm=warm)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=REPO_ROOT,
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            for _ in range(repeats)
        ]
        found["warmed" if warm else "cold"] = {
            key: round(statistics.median(run[key] for run in runs), 3) for key in runs[0]
        }
    return found


def relevance() -> dict:
    """The tests' relevance set (kouryu/search/tests/relevance.py), its documents added to
    the synthetic ones: recall@5 and MRR as a reader of each language gets them, with the
    whole site migrated and the gazetteer loaded (as setup_site does)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("setup_site", stdout=io.StringIO())
    from kouryu.search.tests.relevance import evaluate, relevance_site, score

    made = relevance_site()
    return score(evaluate(made))


def report(
    facts: dict,
    built: dict,
    rows: list[dict],
    cold: dict | None = None,
    scores: dict | None = None,
) -> str:
    database = facts["database"]
    lines = [
        f"Kouryu search benchmark, {facts['date']} (commit {facts['commit']})",
        f"nproc {facts['nproc']}, Python {facts['python']}, {database['vendor']} "
        f"{database['version']}",
        f"index build: {built['docs']} documents (ja 40%, zh 40%, en 20%, "
        f"{built['average_body_chars']} characters of text on average) in "
        f"{built['seconds']:.1f}s = {built['docs_per_second']:.0f} docs/s; "
        f"optimise {built['optimize_seconds']:.1f}s; table and index "
        f"{database['size_bytes'] / 1e6:.0f} MB",
        "",
        "queries: selectors.search (analyse, rank, count, 10 snippets) and the ranking query alone",
        f"{'words':>5}{'queries':>9}{'p50 ms':>9}{'p95 ms':>9}{'rank p50':>10}{'rank p95':>10}"
        f"{'median hits':>13}",
    ]
    for row in rows:
        lines.append(
            f"{row['words']:>5}{row['queries']:>9}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}"
            f"{row['rank_p50_ms']:>10.1f}{row['rank_p95_ms']:>10.1f}{row['median_hits']:>13}"
        )
    if cold:
        lines += [
            "",
            "a new process's first queries (median of 3 processes):",
            f"  without warm-up: first ja {cold['cold']['first_ja_ms']:.0f} ms, "
            f"first zh {cold['cold']['first_zh_ms']:.0f} ms",
            f"  after warm_up() ({cold['warmed']['warm_up_s']:.2f}s at worker start): "
            f"first ja {cold['warmed']['first_ja_ms']:.1f} ms, "
            f"first zh {cold['warmed']['first_zh_ms']:.1f} ms",
        ]
    if scores:
        lines += ["", "relevance set (recall@5 / MRR), among the synthetic documents:"]
        lines += [
            f"  {name:<8} {row['queries']:>3} queries  {row['recall_at_5']:.3f} / {row['mrr']:.3f}"
            for name, row in scores.items()
        ]
    return "\n".join(lines)


def main() -> int:
    args = arguments()
    corpus = Corpus(args.seed)
    started = time.monotonic()
    with throwaway_database(args.database_url, keep=args.keep_database) as url:
        setup_django(url)
        print(f"Indexing {args.docs} documents in batches of {args.batch_size}", flush=True)
        built = build(corpus, args.docs, args.batch_size)
        print(f"Timing {args.queries} queries of 1, 2, 3 and 4 words", flush=True)
        rows = measure(corpus, args.queries)
        print("Timing a new process's first queries", flush=True)
        cold = cold_start()
        scores = None
        if not args.no_relevance:
            print("Scoring the relevance set", flush=True)
            scores = relevance()
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        facts = {
            "date": datetime.now().astimezone().isoformat(timespec="seconds"),
            "commit": commit or None,
            "nproc": os.cpu_count(),
            "python": platform.python_version(),
            "database": database_facts(),
        }
    print()
    print(report(facts, built, rows, cold, scores))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": facts,
                    "build": built,
                    "queries": rows,
                    "cold_start": cold,
                    "relevance": scores,
                },
                indent=2,
            )
            + "\n"
        )
        print(f"saved {args.json}")
    print(f"took {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

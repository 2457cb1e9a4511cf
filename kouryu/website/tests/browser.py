"""Fixtures for browser tests: the system Chromium driven by Playwright, and a served demo site."""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (path := shutil.which(candidate)):
            return path
    return None


def require_chromium() -> str:
    path = chromium_path()
    if path:
        return path
    reason = "Debian's chromium is not installed (apt-get install chromium fonts-noto-cjk)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread for the session; the ORM
    # calls of later tests in it are still synchronous (Playwright's and Django's advice).
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class DemoServer(str):
    """The served site's address, with where its emails land (one file per message)."""

    mail_dir: Path

    def emails(self) -> list[str]:
        """The emails sent so far, oldest first, each as its raw text."""
        files = sorted(self.mail_dir.glob("*.log"), key=lambda f: f.stat().st_mtime)
        # Django's file backend writes each connection's messages to one file, each
        # followed by a line of dashes.
        return [
            message.strip("\n")
            for f in files
            for message in f.read_text(encoding="utf-8").split("\n" + "-" * 79 + "\n")
            if message.strip()
        ]


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The site as `make run` serves it: migrated, demo loaded, on its own SQLite file, with
    the scheduler of periodic tasks beside it. Tasks run at once (no worker to wait for),
    and emails are written to files that tests can read (``demo_server.emails()``)."""
    require_chromium()
    folder = tmp_path_factory.mktemp("site")
    mail_dir = folder / "mail"
    mail_dir.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SECRET_KEY")},
        "DJANGO_DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "TASKS_URL": "immediate://",
        # Four slashes: django-environ reads the path after the third as relative otherwise.
        "EMAIL_URL": f"filemail:///{mail_dir}",
        "CACHE_URL": f"filecache://{folder / 'cache'}",
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    for args in (["migrate", "--no-input"], ["setup_site", "--demo"]):
        subprocess.run(manage + args, env=env, check=True, capture_output=True, timeout=300)
    port = _free_port()
    env["KOURYU_BASE_URL"] = f"http://127.0.0.1:{port}"
    log = open(folder / "server.log", "w")  # noqa: SIM115 - closed at teardown
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload"], env=env, stdout=log, stderr=log
    )
    scheduler = subprocess.Popen(
        manage + ["crontask", "--no-heartbeat"], env=env, stdout=log, stderr=log
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    else:
        server.kill()
        raise RuntimeError((folder / "server.log").read_text())
    address = DemoServer(f"http://127.0.0.1:{port}")
    address.mail_dir = mail_dir
    yield address
    for process in (server, scheduler):
        process.terminate()
        process.wait(timeout=10)
    log.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    yield page
    context.close()

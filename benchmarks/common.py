"""What the benchmarks share: a throwaway site with production settings, served by gunicorn.

Imported by the scripts under benchmarks/ (run from the repository root with the project's
virtual environment); not part of the site.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 60


class BenchmarkError(Exception):
    """A step failed in a way that makes the figures meaningless."""


def site_environment(tmp: Path, database_url: str | None) -> dict[str, str]:
    """Production settings for a throwaway site whose data lives in tmp."""
    env = dict(os.environ)
    env.pop("DJANGO_DEBUG", None)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_COOKIES="false",
        DATABASE_URL=database_url or f"sqlite:///{tmp / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(tmp / "media"),
    )
    return env


def manage(env: dict[str, str], *command: str) -> None:
    print(f"  manage.py {' '.join(command)}", flush=True)
    done = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise BenchmarkError(f"manage.py {' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def fetch(url: str) -> tuple[int, bytes]:
    """Status and body of one GET, redirects not followed."""
    try:
        with _opener.open(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@contextlib.contextmanager
def gunicorn(
    env: dict[str, str],
    workers: int,
    log_path: Path,
    ready_path: str = "/ja/",
    port: int | None = None,
):
    """Serve the site on a local port (a free one by default); yields the base URL and
    always stops the server."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
    ]
    with log_path.open("wb") as log:
        # Own session: Ctrl-C reaches this script, which then stops the server in order.
        server = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=log, start_new_session=True
        )
    try:
        _wait_until_up(server, base + ready_path, log_path)
        yield base
    finally:
        _stop(server)


def _wait_until_up(server: subprocess.Popen, url: str, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchmarkError(f"gunicorn exited early:\n{log_path.read_text()}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.2)
    raise BenchmarkError(
        f"gunicorn did not answer within {START_TIMEOUT}s:\n{log_path.read_text()}"
    )


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()

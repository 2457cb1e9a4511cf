"""What pages load and from where: no third-party host, and a Content-Security-Policy on every response."""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

PAGES = ["", "overview/", "figures/", "greeting/", "staff/", "contact/"]
# Attributes through which a browser fetches something while showing the page.
LOADING = [
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("img", "srcset"),
    ("iframe", "src"),
    ("source", "src"),
    ("source", "srcset"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("form", "action"),
]


def third_party_references(html: str, host: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag, attr in LOADING:
        for element in soup.find_all(tag):
            if tag == "link" and "alternate" in (element.get("rel") or []):
                continue  # alternates name pages, they are not loaded
            for value in (element.get(attr) or "").split(","):
                value = value.strip().split(" ")[0]
                netloc = urlsplit(value).netloc
                if value.startswith("//") or (netloc and netloc != host):
                    found.append(f"<{tag} {attr}={value}>")
    for style in [s.get_text() for s in soup.find_all("style")] + [
        e["style"] for e in soup.find_all(style=True)
    ]:
        found += re.findall(r"url\(\s*['\"]?(?:https?:)?//[^)]+\)", style)
    return found


def test_detector_catches_third_party_resources():
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Noto">'
        '<script src="//cdn.example.com/x.js"></script><img src="/static/a.png">'
        '<link rel="alternate" hreflang="en" href="https://elsewhere.example/en/">'
    )
    assert third_party_references(html, "testserver") == [
        "<script src=//cdn.example.com/x.js>",
        "<link href=https://fonts.googleapis.com/css?family=Noto>",
    ]


@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_pages_load_nothing_from_other_hosts(client, site, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    assert third_party_references(response.content.decode(), "testserver") == []


def test_static_css_and_js_reference_no_other_host():
    for name in ["website/css/site.css", "website/js/figures.js"]:
        text = Path(finders.find(name)).read_text()
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text, re.I), name


@pytest.mark.parametrize("path", [f"/{lang}/{p}" for lang in ("ja", "en") for p in PAGES])
def test_public_pages_send_a_strict_content_security_policy(client, site, path):
    policy = client.get(path)["Content-Security-Policy"]
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    assert directives["default-src"] == "'self'"
    # Scripts and styles only from this host (a nonce appears when a page needs one).
    assert directives["script-src"].split(" ")[0] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe" not in policy and "http" not in policy
    assert directives["object-src"] == "'none'"


def test_admin_has_its_own_policy_still_limited_to_this_host(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "http" not in policy


def test_not_found_pages_carry_the_policy_too(client):
    response = client.get("/en/nothing-here/")
    assert response.status_code == 404
    assert "default-src 'self'" in response["Content-Security-Policy"]


def _run_manage(*args, **env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    # A database of its own, never migrated: not the development site's under var/, whose
    # demo Site (localhost) the deploy check rightly warns of.
    with tempfile.TemporaryDirectory(prefix="kouryu-check-") as scratch:
        env["DATABASE_URL"] = f"sqlite:///{scratch}/check.sqlite3"
        env.update(env_overrides)
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )


def test_production_refuses_to_start_without_a_secret_key():
    result = _run_manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


PRODUCTION = {
    "DJANGO_SECRET_KEY": "k" * 20 + "-a-long-random-production-secret-0123456789",
    "DJANGO_ALLOWED_HOSTS": "kouryu.example",
    "EMAIL_URL": "smtp://mail.kouryu.example:587",
    "DEFAULT_FROM_EMAIL": "office@kouryu.example",
    "KOURYU_BASE_URL": "https://kouryu.example",
}


def _reported(result) -> set[str]:
    return set(re.findall(r"\(([a-z_]+\.[EW]\d{3})\)", result.stdout + result.stderr))


def test_production_settings_pass_the_deploy_check():
    result = _run_manage("check", "--deploy", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    # Clean apart from HSTS preload, which an office opts into deliberately.
    assert _reported(result) == {"security.W021"}


def test_the_deploy_check_says_when_mail_would_reach_nobody():
    console = _run_manage("check", "--deploy", **{**PRODUCTION, "EMAIL_URL": "consolemail://"})
    assert console.returncode != 0 and "mail.E001" in _reported(console)
    defaults = {
        k: v for k, v in PRODUCTION.items() if k not in ("DEFAULT_FROM_EMAIL", "KOURYU_BASE_URL")
    }
    result = _run_manage("check", "--deploy", **defaults)
    assert {"kouryu.W002", "kouryu.W003"} <= _reported(result)

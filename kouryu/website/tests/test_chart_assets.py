"""What the chart pages load, and how the static files reach the browser in production.

The chart pages load the site's own ECharts build (scripts/echarts), deferred so that it
never holds up the first paint; every other page loads no chart code at all. Under the
production storage (collectstatic with WhiteNoise's compressed manifest storage) the site's
CSS and scripts are served compressed to a browser that asks for it.
"""

import gzip
from pathlib import Path

import brotli
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

LANGUAGES = ["ja", "zh-hans", "en"]
CHART_PAGES = ["figures/", "registry/statistics/", "registry/map/"]
OTHER_PAGES = ["", "overview/", "staff/", "news/", "registry/"]
VENDOR = Path(__file__).resolve().parents[1] / "static" / "website" / "vendor" / "echarts"


def scripts(response) -> list:
    return BeautifulSoup(response.content, "html.parser").find_all("script", src=True)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", CHART_PAGES)
def test_chart_pages_load_the_custom_build_after_their_deferred_chart_code(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    loaded = scripts(response)
    # No script tag for ECharts itself: the page's chart code, deferred, fetches the bundle
    # named in its data-echarts once the page has painted.
    assert not [tag for tag in loaded if "echarts" in tag["src"]]
    charts = [tag for tag in loaded if tag.has_attr("data-echarts")]
    assert len(charts) == 1
    assert charts[0].has_attr("defer")
    bundle = charts[0]["data-echarts"]
    assert bundle.rsplit("/", 1)[-1] == "echarts.custom.min.js"
    served = client.get(bundle)
    assert served.status_code == 200
    body(served)
    assert all(tag.has_attr("defer") for tag in loaded), loaded


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", OTHER_PAGES)
def test_pages_without_a_chart_load_no_chart_code(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    assert "echarts" not in response.content.decode()


def test_the_full_bundle_is_gone_and_the_build_carries_its_licence():
    assert sorted(p.name for p in VENDOR.iterdir()) == [
        "LICENSE",
        "NOTICE",
        "README.md",
        "VERSION",
        "echarts.custom.min.js",
    ]
    bundle = (VENDOR / "echarts.custom.min.js").read_text()
    version = (VENDOR / "VERSION").read_text().split()[1]
    assert bundle.startswith(f"/*! Apache ECharts {version}")
    assert "Apache License" in (VENDOR / "LICENSE").read_text()
    # The full build was 1.1 MB; the custom one must stay well below it.
    assert len(bundle.encode()) < 700_000


@pytest.fixture
def production_static(settings, tmp_path):
    """Static files collected as in production, into a temporary STATIC_ROOT."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        # What config/settings.py chooses with DEBUG off.
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return settings.STATIC_ROOT


def body(response) -> bytes:
    """The whole of a streamed response. Reading it to the end closes it the way the test
    client does (calling close() again would send request_finished, which on PostgreSQL
    closes the connection that the test's transaction is open on)."""
    return b"".join(response.streaming_content)


def linked_assets(client, path) -> list[str]:
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    links = [tag["href"] for tag in soup.find_all("link", rel="stylesheet")]
    return links + [tag["src"] for tag in soup.find_all("script", src=True)]


def test_static_files_are_served_compressed_under_production_storage(production_static):
    # A new client: WhiteNoise reads the collected files when its middleware starts.
    client = Client()
    assets = linked_assets(client, "/zh-hans/registry/statistics/")
    # Hashed names from the manifest: the page links to what collectstatic wrote.
    assert any(a.endswith(".css") for a in assets), assets
    assert any("registry." in a for a in assets), assets
    soup = BeautifulSoup(client.get("/zh-hans/registry/statistics/").content, "html.parser")
    assets.append(soup.find("script", attrs={"data-echarts": True})["data-echarts"])
    assert "echarts.custom.min." in assets[-1]
    for url in assets:
        original = (production_static / url.removeprefix("/static/")).read_bytes()

        response = client.get(url, headers={"accept-encoding": "gzip, deflate, br"})
        assert response.status_code == 200, url
        assert response["Content-Encoding"] == "br", url
        assert response["Vary"] == "Accept-Encoding"
        compressed = body(response)
        assert brotli.decompress(compressed) == original
        assert len(compressed) < len(original)

        response = client.get(url, headers={"accept-encoding": "gzip"})
        assert response["Content-Encoding"] == "gzip", url
        assert gzip.decompress(body(response)) == original

        # A client that asks for nothing gets the file as it is.
        response = client.get(url)
        assert not response.has_header("Content-Encoding"), url
        assert body(response) == original

"""Search engines find every partnership and every place with one, in each language, with
hreflang alternates; robots.txt names the sitemap."""

from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def section_urls(client, name):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    files = [
        e.find("s:loc", NS).text.removeprefix("http://testserver")
        for e in index.findall("s:sitemap", NS)
    ]
    urls = []
    for path in files:
        if path.startswith(f"/sitemap-{name}.xml"):
            urls += ElementTree.fromstring(client.get(path).content).findall("s:url", NS)
    return {u.find("s:loc", NS).text: u for u in urls}


def test_every_partnership_is_in_the_sitemap_in_three_languages(client, kobe_tianjin):
    urls = section_urls(client, "partnerships")
    pk = kobe_tianjin.pk
    for code in ("ja", "zh-hans", "en"):
        assert f"http://testserver/{code}/registry/{pk}/" in urls
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls[f"http://testserver/ja/registry/{pk}/"].findall("x:link", NS)
    }
    assert alternates["zh-hans"] == f"http://testserver/zh-hans/registry/{pk}/"
    # x-default: the address without a language, which sends a reader to theirs.
    assert alternates["x-default"] == f"http://testserver/registry/{pk}/"
    answer = client.get(f"/registry/{pk}/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert answer.status_code == 302 and answer["Location"] == f"/zh-hans/registry/{pk}/"
    assert urls[f"http://testserver/en/registry/{pk}/"].find("s:lastmod", NS) is not None


def test_places_with_a_partnership_are_in_the_sitemap_and_others_are_not(client, kobe_tianjin):
    from kouryu.places.models import Place

    urls = section_urls(client, "places")
    for place in (kobe_tianjin.japan_side, kobe_tianjin.partner):
        assert f"http://testserver/zh-hans/registry/places/{place.pk}/" in urls
    lonely = Place.objects.exclude(pk__in=[kobe_tianjin.japan_side_id, kobe_tianjin.partner_id])
    assert f"http://testserver/ja/registry/places/{lonely.first().pk}/" not in urls
    assert len(urls) == 2 * 3


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_private_parts(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    # What the apps keep from crawlers (their PRIVATE_PATHS), in every language.
    for code in ("ja", "zh-hans", "en"):
        for path in ("accounts/", "portal/", "search/", "registry/export."):
            assert f"Disallow: /{code}/{path}" in lines
    assert "Disallow: /ja/registry/" not in lines

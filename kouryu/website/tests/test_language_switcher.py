"""The language switcher and hreflang alternates lead to the same page in the other language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from kouryu.website.models import HomePage, StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def switcher(response) -> dict[str, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {a["hreflang"]: a["href"] for a in soup.select("nav.languages a")}


def alternates(response) -> dict[str, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }


@pytest.mark.parametrize("path", ["", "overview/", "figures/", "greeting/", "staff/", "contact/"])
@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
def test_switcher_links_to_the_same_page(client, language, path):
    links = switcher(client.get(f"/{language}/{path}"))
    assert links == {"ja": f"/ja/{path}", "zh-Hans": f"/zh-hans/{path}", "en": f"/en/{path}"}


def test_following_the_switcher_changes_the_language(client):
    links = switcher(client.get("/ja/greeting/"))
    response = client.get(links["zh-Hans"])
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "zh-Hans"
    assert soup.h1.get_text(strip=True) == "所长致辞"  # the greeting's Chinese title


def test_current_language_is_marked(client):
    soup = BeautifulSoup(client.get("/en/staff/").content, "html.parser")
    current = soup.select("nav.languages a[aria-current]")
    assert [a["hreflang"] for a in current] == ["en"]


def test_hreflang_alternates_list_every_translation(client):
    links = alternates(client.get("/zh-hans/overview/"))
    assert links == {
        "ja": "http://testserver/ja/overview/",
        "zh-Hans": "http://testserver/zh-hans/overview/",
        "en": "http://testserver/en/overview/",
        "x-default": "http://testserver/ja/overview/",
    }


def test_untranslated_page_falls_back_to_home_and_has_no_false_alternate(client):
    home = HomePage.objects.get(locale=Locale.get_default())
    page = StandardPage(title="お知らせ", slug="only-ja", body="<p>日本語のみ</p>")
    home.add_child(instance=page)
    page.save_revision().publish()

    response = client.get("/ja/only-ja/")
    links = switcher(response)
    assert links["ja"] == "/ja/only-ja/"
    assert links["zh-Hans"] == "/zh-hans/"
    assert links["en"] == "/en/"
    assert set(alternates(response)) == {"ja", "x-default"}

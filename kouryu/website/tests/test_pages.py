"""The website's pages: languages, names, time in post and errors, on pages the tests build."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from kouryu.offices.tests.factories import StaffMemberFactory, translate

pytestmark = pytest.mark.django_db


def visible_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize(
    ("language", "lang_attr"), [("ja", "ja"), ("zh-hans", "zh-Hans"), ("en", "en")]
)
def test_html_lang_attribute(client, site, language, lang_attr):
    soup = BeautifulSoup(client.get(f"/{language}/overview/").content, "html.parser")
    assert soup.html["lang"] == lang_attr


def test_root_redirects_to_a_language(client, site):
    response = client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


@pytest.mark.parametrize(
    ("language", "expected"), [("ja", "16年目"), ("zh-hans", "第16年"), ("en", "16th year")]
)
def test_staff_tenure_is_counted_from_the_start_date(client, site, language, expected):
    # Fifteen years ago today: the sixteenth year in post begins.
    today = timezone.localdate()
    member = StaffMemberFactory(
        family_name="張", given_name="璞", started_on=today.replace(year=today.year - 15, day=1)
    )
    for code in ("zh-hans", "en"):
        translate(member, code)
    soup = BeautifulSoup(client.get(f"/{language}/staff/").content, "html.parser")
    card = next(
        c
        for c in soup.select(".staff-card")
        if "璞" in c.get_text() or "Zhang" in c.get_text() or "Pu" in c.get_text()
    )
    assert card.select_one("dd.tenure").get_text(strip=True) == expected


def test_staff_without_start_date_shows_no_tenure(client, site):
    StaffMemberFactory(family_name="菅", given_name="鉄柱", started_on=None)
    soup = BeautifulSoup(client.get("/ja/staff/").content, "html.parser")
    card = next(c for c in soup.select(".staff-card") if "菅 鉄柱" in c.get_text())
    assert not card.select("dd.tenure")


def test_names_are_family_name_first_in_ja_and_zh_and_given_first_in_en(client, site):
    member = StaffMemberFactory(family_name="齋藤", given_name="和輝")
    translate(member, "zh-hans", family_name="斋藤", given_name="和辉")
    translate(member, "en", family_name="Saito", given_name="Kazuki")
    ja = visible_text(client.get("/ja/staff/"))
    zh = visible_text(client.get("/zh-hans/staff/"))
    en = visible_text(client.get("/en/staff/"))
    assert "齋藤 和輝" in ja
    assert "斋藤 和辉" in zh
    assert "Kazuki Saito" in en
    assert "Saito Kazuki" not in en


def test_unknown_page_is_a_translated_404(client, site):
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert "找不到" in response.content.decode()
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "not found" in response.content.decode().lower()


def test_unknown_language_prefix_ends_in_a_404_in_the_default_language(client):
    response = client.get("/fr/overview/", follow=True)
    assert response.status_code == 404
    assert "ページが見つかりません" in response.content.decode()

"""The demo site: every page in three languages with the facts a visitor looks for, loaded once."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import Page

from kouryu.offices.models import StaffMember
from kouryu.website.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_demo_has_every_page_in_three_languages():
    assert HomePage.objects.count() == 3
    # Five site pages, the privacy policy, the accessibility statement, news and reports.
    assert Page.objects.live().filter(depth=3).count() == 9 * 3
    assert StaffMember.objects.count() == 7 * 3


def test_loading_the_demo_again_duplicates_nothing():
    from kouryu.core.tests.demo import demo_load

    before = (Page.objects.count(), StaffMember.objects.count(), Group.objects.count())
    out = io.StringIO()
    demo_load(out)
    assert "not loaded again" in out.getvalue()
    assert (Page.objects.count(), StaffMember.objects.count(), Group.objects.count()) == before


LANGUAGES = ["ja", "zh-hans", "en"]
PAGES = ["", "overview/", "figures/", "greeting/", "staff/", "contact/"]

FACTS = {
    "": {
        "ja": ["北京事務所", "368", "45", "日本の地方自治体の中国における活動"],
        "zh-hans": ["北京事务所", "368", "45"],
        "en": ["Beijing Office", "368", "45"],
    },
    "overview/": {
        "ja": [
            "1988年",
            "東京",
            "1997年12月",
            "ニューヨーク",
            "ロンドン",
            "パリ",
            "シンガポール",
            "ソウル",
            "シドニー",
            "北京",
            "日中地域間交流推進セミナー",
            "JET",
        ],
        "zh-hans": [
            "1988年",
            "东京",
            "1997年12月",
            "纽约",
            "伦敦",
            "巴黎",
            "新加坡",
            "首尔",
            "悉尼",
            "北京",
            "JET",
        ],
        "en": [
            "1988",
            "Tokyo",
            "December 1997",
            "New York",
            "London",
            "Paris",
            "Singapore",
            "Seoul",
            "Sydney",
            "Beijing",
            "JET Programme",
        ],
    },
    "figures/": {
        "ja": ["368", "45", "上海", "24", "大連", "香港", "2019年4月"],
        "zh-hans": ["368", "45", "上海", "24", "大连", "香港", "2019年4月"],
        "en": ["368", "45", "Shanghai", "24", "Dalian", "Hong Kong", "April 2019"],
    },
    "greeting/": {
        "ja": ["宮本 貴章", "所長"],
        "zh-hans": ["宫本 贵章", "所长"],
        "en": ["Takaaki Miyamoto", "Director"],
    },
    "staff/": {
        "ja": ["堀池 美江", "兵庫県", "愛媛県", "張 璞", "有馬温泉", "道後温泉", "菅 鉄柱"],
        "zh-hans": ["堀池 美江", "兵库县", "爱媛县", "张 璞", "有马温泉", "道后温泉", "菅 铁柱"],
        "en": [
            "Mie Horiike",
            "Hyogo Prefecture",
            "Ehime Prefecture",
            "Pu Zhang",
            "Arima Onsen",
            "Dogo Onsen",
            "Tiezhu Guan",
        ],
    },
    "contact/": {"ja": ["調査"], "zh-hans": ["调研"], "en": ["research"]},
}


def visible_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_demo_page_shows_its_facts_in_each_language(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    text = visible_text(response)
    missing = [fact for fact in FACTS[path][language] if fact not in text]
    assert not missing, f"/{language}/{path} lacks {missing}"


def test_the_demo_translations_are_all_up_to_date():
    """The demo's three languages are made together: nothing is missing or out of date."""
    from kouryu.publishing.selectors import translation_status

    _locales, rows = translation_status(only_needing_work=True)
    assert [(row.title, row.kind, [c.status for c in row.cells]) for row in rows] == []


FOOTER = {
    "ja": ["中華人民共和国 北京市", "開庁時間", "個人情報の取扱い", "ウェブアクセシビリティ方針"],
    "zh-hans": ["中华人民共和国 北京市", "办公时间", "个人信息保护方针", "无障碍声明"],
    "en": ["Beijing, China", "Opening hours", "Privacy policy", "Accessibility statement"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_says_how_to_reach_the_office_and_links_the_policies(client, language):
    soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    footer = soup.select_one("footer.site-footer")
    text = footer.get_text(" ", strip=True)
    for expected in FOOTER[language]:
        assert expected in text
    links = {a.get_text(strip=True): a["href"] for a in footer.select(".footer-links a")}
    assert links[FOOTER[language][2]] == f"/{language}/privacy/"
    assert client.get(f"/{language}/privacy/").status_code == 200
    assert "©" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_shows_its_picture_and_the_registry_count_apart(client, language):
    from kouryu.partnerships.models import Partnership

    soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    image = soup.select_one("img.hero-image")
    assert image is not None and len(image["alt"]) > 10
    live = soup.select_one(".figure-tiles.live .tile-value")
    assert live.get_text(strip=True).startswith(
        f"{Partnership.objects.filter(partner__country__code='CN').count():,}"
    )
    # The published figures carry their date in a label of their own.
    assert soup.select_one(".figure-tiles:not(.live) .tile-asof")

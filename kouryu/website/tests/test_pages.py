"""Every page of the office's website, in every language, with the facts a visitor looks for."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from kouryu.offices.models import StaffMember

pytestmark = pytest.mark.django_db

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
def test_page_shows_its_facts_in_each_language(client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    text = visible_text(response)
    missing = [fact for fact in FACTS[path][language] if fact not in text]
    assert not missing, f"/{language}/{path} lacks {missing}"


@pytest.mark.parametrize(
    ("language", "lang_attr"), [("ja", "ja"), ("zh-hans", "zh-Hans"), ("en", "en")]
)
def test_html_lang_attribute(client, language, lang_attr):
    soup = BeautifulSoup(client.get(f"/{language}/overview/").content, "html.parser")
    assert soup.html["lang"] == lang_attr


def test_root_redirects_to_a_language(client):
    response = client.get("/", headers={"accept-language": "zh-CN,zh;q=0.9"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/"


@pytest.mark.parametrize(
    ("language", "expected"), [("ja", "16年目"), ("zh-hans", "第16年"), ("en", "16th year")]
)
def test_staff_tenure_is_counted_from_the_start_date(client, language, expected):
    # Fifteen years ago today: the sixteenth year in post begins.
    today = timezone.localdate()
    member = StaffMember.objects.get(locale__language_code=language, sort_order=3)
    started = today.replace(year=today.year - 15, day=min(today.day, 28))
    StaffMember.objects.filter(translation_key=member.translation_key).update(started_on=started)
    soup = BeautifulSoup(client.get(f"/{language}/staff/").content, "html.parser")
    card = soup.select(".staff-card")[3]
    assert card.select_one("dd.tenure").get_text(strip=True) == expected


def test_staff_without_start_date_shows_no_tenure(client):
    soup = BeautifulSoup(client.get("/ja/staff/").content, "html.parser")
    cards = soup.select(".staff-card")
    assert "宮本 貴章" in cards[0].get_text()
    assert not cards[0].select("dd.tenure")
    assert len(cards) == 7


def test_names_are_family_name_first_in_ja_and_zh_and_given_first_in_en(client):
    ja = visible_text(client.get("/ja/staff/"))
    zh = visible_text(client.get("/zh-hans/staff/"))
    en = visible_text(client.get("/en/staff/"))
    assert "齋藤 和輝" in ja
    assert "斋藤 和辉" in zh
    assert "Kazuki Saito" in en
    assert "Saito Kazuki" not in en


def test_unknown_page_is_a_translated_404(client):
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

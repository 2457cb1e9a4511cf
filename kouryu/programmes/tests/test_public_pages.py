"""The public pages: the years, a page per year, consent, names per language, bad years."""

import datetime

import pytest
from bs4 import BeautifulSoup

from kouryu.programmes.tests.factories import (
    TIANJIN_OFFICER,
    dispatch,
    person,
    training,
)

pytestmark = pytest.mark.django_db


def text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.select_one("main").get_text(" ").split())


@pytest.mark.parametrize(
    ("language", "name"),
    [("ja", "山田 花子"), ("zh-hans", "山田 花子"), ("en", "Hanako Yamada")],
)
def test_a_consenting_person_is_named_in_each_languages_order(client, language, name):
    dispatch(people=[person(consent=True)])
    page = text(client.get(f"/{language}/programmes/2019/"))
    assert name in page


@pytest.mark.parametrize(
    ("language", "name"), [("ja", "張 偉"), ("zh-hans", "张 伟"), ("en", "Wei Zhang")]
)
def test_a_chinese_trainee_is_named_in_each_languages_form(client, language, name):
    training(people=[person(TIANJIN_OFFICER, consent=True)])
    assert name in text(client.get(f"/{language}/programmes/2019/"))


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("ja", "兵庫県職員 2名"),
        ("zh-hans", "兵库县工作人员 2名"),
        ("en", "2 staff members of Hyogo Prefecture"),
    ],
)
def test_without_consent_the_page_shows_only_the_organisation_and_a_count(client, language, shown):
    dispatch(people=[person(), person(given_name_ja="一郎", given_name_en="Ichiro")])
    page = text(client.get(f"/{language}/programmes/2019/"))
    assert shown in page
    for name in ("山田", "花子", "Yamada", "Hanako", "一郎", "Ichiro"):
        assert name not in page


def test_one_named_and_one_unnamed_on_the_same_record(client):
    dispatch(people=[person(consent=True), person(family_name_ja="佐藤", family_name_en="Sato")])
    page = text(client.get("/ja/programmes/2019/"))
    assert "山田 花子" in page and "兵庫県職員 1名" in page
    assert "佐藤" not in page
    page = text(client.get("/en/programmes/2019/"))
    assert "Hanako Yamada" in page and "1 staff member of Hyogo Prefecture" in page
    assert "Sato" not in page


def test_the_year_page_lists_both_kinds_with_host_field_dates_and_outcome(client):
    dispatch()
    training()
    page = text(client.get("/ja/programmes/2019/"))
    assert "専門家派遣" in page and "研修員受入" in page
    assert "天津市旅遊局" in page and "天津市 · 天津市旅遊局" not in page
    assert "観光" in page and "環境" in page
    assert "2019年4月1日～2019年4月30日" in page
    assert "受入れ体制を整理した。" in page
    page = text(client.get("/en/programmes/2019/"))
    assert "Tianjin Tourism Administration" in page
    assert "The reception of school trips was planned." in page


def test_an_outcome_not_yet_translated_is_shown_in_its_language_and_marked(client):
    training()  # outcome in Japanese only
    soup = BeautifulSoup(client.get("/en/programmes/2019/").content, "html.parser")
    outcome = soup.find(lang="ja", string=lambda s: s and "水質監視" in s)
    assert outcome is not None
    assert "(not translated yet)" in soup.get_text()


def test_a_record_without_an_end_date_says_from(client):
    dispatch(ends_on=None)
    assert "From April 1, 2019" in text(client.get("/en/programmes/2019/"))


def test_the_index_lists_years_with_counts_latest_first(client):
    dispatch()
    dispatch(starts_on=datetime.date(2019, 8, 1), ends_on=None)
    training()
    dispatch(starts_on=datetime.date(2017, 5, 1), ends_on=None)
    soup = BeautifulSoup(client.get("/ja/programmes/").content, "html.parser")
    rows = [
        [c.get_text(strip=True) for c in tr.select("th, td")]
        for tr in soup.select("table.programme-years tbody tr")
    ]
    assert rows == [["2019年", "2", "1", "3"], ["2017年", "1", "0", "1"]]
    assert soup.select_one('a[href="/ja/programmes/2017/"]') is not None


def test_a_year_page_links_to_the_years_before_and_after(client):
    dispatch(starts_on=datetime.date(2017, 5, 1), ends_on=None)
    dispatch()
    dispatch(starts_on=datetime.date(2021, 5, 1), ends_on=None)
    soup = BeautifulSoup(client.get("/zh-hans/programmes/2019/").content, "html.parser")
    assert soup.select_one('a[rel="prev"]')["href"] == "/zh-hans/programmes/2017/"
    assert soup.select_one('a[rel="next"]')["href"] == "/zh-hans/programmes/2021/"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/ja/programmes/20261/", "「20261」は年ではありません。"),
        ("/ja/programmes/19/", "「19」は年ではありません。"),
        ("/zh-hans/programmes/abc/", "“abc”不是年份。"),
        ("/en/programmes/０２０１９/", "“０２０１９” is not a year."),
        ("/en/programmes/2030/", "There are no records for 2030."),
        ("/ja/programmes/2030/", "2030年の記録はありません。"),
    ],
)
def test_a_bad_year_gets_a_translated_404_with_the_reason(client, path, message):
    dispatch()
    response = client.get(path)
    assert response.status_code == 404
    page = text(response)
    assert message in page
    assert "2019" in page  # the years that have records


def test_the_index_without_records_says_so(client):
    response = client.get("/en/programmes/")
    assert response.status_code == 200
    assert "No records have been published yet." in text(response)


def test_the_menu_has_the_entry_in_each_language(client):
    for language, label in (("ja", "派遣・研修"), ("zh-hans", "派遣与研修"), ("en", "Dispatches")):
        soup = BeautifulSoup(client.get(f"/{language}/programmes/").content, "html.parser")
        link = soup.select_one(f'.main-nav a[href="/{language}/programmes/"]')
        assert link is not None and label in link.get_text()
        assert link.get("aria-current") == "page"


def test_the_language_switcher_stays_on_the_year(client):
    dispatch()
    soup = BeautifulSoup(client.get("/ja/programmes/2019/").content, "html.parser")
    hrefs = [a["href"] for a in soup.select(".languages a")]
    assert hrefs == ["/ja/programmes/2019/", "/zh-hans/programmes/2019/", "/en/programmes/2019/"]


@pytest.mark.parametrize(
    ("language", "words"),
    [("ja", "専門家"), ("zh-hans", "专家"), ("en", "Japanese experts")],
)
def test_the_pages_describe_themselves_to_search_engines(client, language, words):
    # Lighthouse's SEO audit (benchmarks/lighthouse) asks every indexable page for one.
    dispatch(people=[person(consent=True)])
    for path in ("programmes/", "programmes/2019/"):
        page = BeautifulSoup(client.get(f"/{language}/{path}").content, "html.parser")
        assert words in page.select_one('meta[name="description"]')["content"], path

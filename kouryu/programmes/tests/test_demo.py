"""The demo's programme records: a few years of both kinds, named and unnamed people."""

import io

import pytest
from bs4 import BeautifulSoup

from kouryu.programmes.demo import programmes_demo_load
from kouryu.programmes.models import Participant, ProgrammeKind, ProgrammeRecord

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programmes_demo")]


def text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_both_kinds_over_three_years_with_places_of_the_gazetteer():
    years = sorted({r.starts_on.year for r in ProgrammeRecord.objects.all()})
    assert years == [2017, 2018, 2019]
    kinds = set(ProgrammeRecord.objects.values_list("kind", flat=True))
    assert kinds == {ProgrammeKind.DISPATCH, ProgrammeKind.TRAINING}
    assert not ProgrammeRecord.objects.filter(host_place__isnull=True).exists()
    assert Participant.objects.filter(name_consent=True).exists()
    assert Participant.objects.filter(name_consent=False).exists()


def test_loading_it_again_changes_nothing():
    count = ProgrammeRecord.objects.count()
    assert programmes_demo_load() == 0
    assert ProgrammeRecord.objects.count() == count


def test_the_menu_leads_to_the_years_and_the_years_to_their_records(client):
    home = BeautifulSoup(client.get("/ja/").content, "html.parser")
    link = home.select_one('.main-nav a[href="/ja/programmes/"]')
    assert link is not None and link.get_text(strip=True) == "派遣・研修"
    index = text(client.get("/ja/programmes/"))
    assert "2019年" in index and "2017年" in index


@pytest.mark.parametrize(
    ("language", "named", "unnamed", "hidden"),
    [
        ("ja", "劉 洋", "兵庫県職員 1名", "中川"),
        ("zh-hans", "刘 洋", "兵库县工作人员 1名", "中川"),
        ("en", "Yang Liu", "1 staff member of Hyogo Prefecture", "Nakagawa"),
    ],
)
def test_2019_names_those_who_agreed_and_counts_the_others(
    client, language, named, unnamed, hidden
):
    page = text(client.get(f"/{language}/programmes/2019/"))
    assert named in page and unnamed in page
    assert hidden not in page


def test_every_demo_page_answers_in_each_language(client):
    for language in ("ja", "zh-hans", "en"):
        for year in ("", "2017/", "2018/", "2019/"):
            assert client.get(f"/{language}/programmes/{year}").status_code == 200


def test_the_hook_says_nothing_once_loaded():
    from kouryu.programmes.wagtail_hooks import programmes_demo

    out = io.StringIO()
    programmes_demo(out)
    assert out.getvalue() == ""

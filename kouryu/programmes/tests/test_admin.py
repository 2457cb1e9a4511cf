"""The records in the admin: who may see and edit them, the list's filters and search,
adding a record with its people, and the history."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.places.tests.factories import gazetteer_place
from kouryu.programmes.models import ProgrammeRecord
from kouryu.programmes.tests.factories import TIANJIN_OFFICER, dispatch, person, training

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/programmes/programmerecord/"
ADD = LIST + "add/"


def denied(response) -> bool:
    # Wagtail answers a page the user may not open with a redirect to the dashboard.
    return response.status_code == 302 and response["Location"] == "/admin/"


# (group, may list and edit, may add, may delete)
ROLES = [
    (OFFICE_MANAGERS, True, True, True),
    (STAFF, True, True, False),
    (EDITORS, False, False, False),
]


@pytest.mark.parametrize(("group", "edit", "add", "delete"), ROLES, ids=[r[0] for r in ROLES])
def test_what_each_group_may_do(client, group, edit, add, delete):
    record = dispatch()
    user = StaffUserFactory(group=group)
    client.force_login(user)
    edit_url = reverse("wagtailsnippets_programmes_programmerecord:edit", args=[record.pk])
    delete_url = reverse("wagtailsnippets_programmes_programmerecord:delete", args=[record.pk])
    for url, allowed in ((LIST, edit), (edit_url, edit), (ADD, add), (delete_url, delete)):
        response = client.get(url)
        assert (response.status_code == 200) is allowed, (group, url, response.status_code)
        if not allowed:
            assert denied(response), (group, url, response.status_code)
    assert user.has_perm("programmes.view_programmerecord") is edit
    assert user.has_perm("programmes.delete_programmerecord") is delete


def test_editors_do_not_see_the_records_in_the_menu(client):
    client.force_login(StaffUserFactory(group=EDITORS))
    assert LIST not in client.get("/admin/").content.decode()
    client.force_login(StaffUserFactory(group=STAFF))
    assert LIST in client.get("/admin/").content.decode()


def listed(client, query: str = "") -> list[str]:
    soup = BeautifulSoup(client.get(LIST + query).content, "html.parser")
    return [" ".join(tr.get_text(" ").split()) for tr in soup.select("table.listing tbody tr")]


def test_the_list_filters_by_kind_year_and_field(client, admin_user):
    dispatch()
    training()
    dispatch(starts_on=datetime.date(2017, 5, 1), ends_on=None, field="agriculture")
    client.force_login(admin_user)
    assert len(listed(client)) == 3
    assert len(listed(client, "?kind=training")) == 1
    assert len(listed(client, "?year=2017")) == 1
    assert len(listed(client, "?field=tourism")) == 1
    assert len(listed(client, "?year=2019&kind=dispatch")) == 1


def test_staff_find_a_record_by_any_persons_name(client, admin_user):
    dispatch()  # 山田 花子, not agreed to be named: staff still find her
    training(people=[person(TIANJIN_OFFICER)])
    client.force_login(admin_user)
    assert len(listed(client, "?q=花子")) == 1
    assert len(listed(client, "?q=Zhang")) == 1
    assert len(listed(client, "?q=天津")) == 2  # host and organisation


def form_data(**values) -> dict:
    data = {
        "kind": "dispatch",
        "field": "health",
        "host_place": gazetteer_place("370000", "CN").pk,
        "host_organisation_ja": "山東省衛生健康委員会",
        "host_organisation_zh": "",
        "host_organisation_en": "",
        "starts_on": "2019-04-08",
        "ends_on": "2019-04-26",
        "outcome_ja": "介護予防を紹介した。",
        "outcome_zh": "",
        "outcome_en": "",
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "1",
        "participants-MAX_NUM_FORMS": "1000",
        "participants-0-id": "",
        "participants-0-ORDER": "1",
        "participants-0-DELETE": "",
        "participants-0-family_name_ja": "中川",
        "participants-0-given_name_ja": "美咲",
        "participants-0-organisation_ja": "兵庫県",
        "participants-0-name_consent_on": "",
    }
    data.update(values)
    return data


def test_staff_add_a_record_with_its_people_and_it_is_on_the_public_page(client):
    client.force_login(StaffUserFactory(group=STAFF))
    response = client.post(ADD, form_data())
    assert response.status_code == 302, response.context["form"].errors
    record = ProgrammeRecord.objects.get()
    assert record.participants.get().family_name_ja == "中川"
    assert record.revisions.count() == 1
    page = client.get("/ja/programmes/2019/").content.decode()
    assert "兵庫県職員 1名" in page and "中川" not in page


def test_the_form_says_what_is_wrong_in_the_users_language(client):
    user = StaffUserFactory(group=STAFF)
    client.force_login(user)
    response = client.post(
        ADD,
        form_data(ends_on="2019-04-01", **{"participants-0-name_consent": "on"}),
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "終了日が開始日より前になっています。" in page
    assert "本人が同意した日付を入力してください。" in page
    assert not ProgrammeRecord.objects.exists()


def edit_data(record, **values) -> dict:
    person = record.participants.get()
    return form_data(
        **{"participants-INITIAL_FORMS": "1", "participants-0-id": str(person.pk)}, **values
    )


def test_history_compares_two_versions(client, admin_user):
    client.force_login(admin_user)
    assert client.post(ADD, form_data()).status_code == 302
    record = ProgrammeRecord.objects.get()
    first = record.latest_revision
    edit = reverse("wagtailsnippets_programmes_programmerecord:edit", args=[record.pk])
    response = client.post(edit, edit_data(record, outcome_en="Presented frailty prevention."))
    assert response.status_code == 302
    record.refresh_from_db()
    second = record.latest_revision
    assert record.revisions.count() == 2 and second.user == admin_user
    viewset = record.snippet_viewset
    history = client.get(reverse(viewset.get_url_name("history"), args=[record.pk]))
    compare = reverse(
        viewset.get_url_name("revisions_compare"), args=[record.pk, first.pk, second.pk]
    )
    assert compare in history.content.decode()
    assert "Presented frailty prevention." in client.get(compare).content.decode()


def test_withdrawing_consent_in_the_admin_takes_the_name_off_the_page_and_the_index(client):
    from kouryu.search import selectors as search

    client.force_login(StaffUserFactory(group=STAFF))
    consent = {"participants-0-name_consent": "on", "participants-0-name_consent_on": "2019-03-01"}
    assert client.post(ADD, form_data(**consent)).status_code == 302
    record = ProgrammeRecord.objects.get()
    assert "中川 美咲" in client.get("/ja/programmes/2019/").content.decode()
    assert search.search("中川", language="ja", kinds=["programme"]).total == 1
    edit = reverse("wagtailsnippets_programmes_programmerecord:edit", args=[record.pk])
    assert client.post(edit, edit_data(record)).status_code == 302
    page = client.get("/ja/programmes/2019/").content.decode()
    assert "中川" not in page and "兵庫県職員 1名" in page
    assert search.search("中川", language="ja", kinds=["programme"]).total == 0


def attention(client) -> list[str]:
    html = client.get("/admin/").content.decode()
    panel = BeautifulSoup(html, "html.parser").select_one(".kouryu-attention")
    if panel is None:
        return []
    return [" ".join(li.get_text(" ").split()) for li in panel.select(".kouryu-attention__item")]


def test_the_dashboard_lists_finished_programmes_without_an_outcome_for_staff(client):
    dispatch()  # has an outcome
    training(
        outcome_ja="", starts_on=datetime.date(2018, 10, 1), ends_on=datetime.date(2018, 12, 1)
    )
    dispatch(outcome_ja="", outcome_zh="", outcome_en="", ends_on=None)  # not finished
    client.force_login(StaffUserFactory(group=STAFF))
    items = [item for item in attention(client) if "研修員受入" in item or "outcome" in item]
    assert len(items) == 1 and items[0].startswith("1 "), items
    assert "2018-10-01" in items[0]
    client.force_login(StaffUserFactory(group=EDITORS))
    assert not any("2018-10-01" in item for item in attention(client))

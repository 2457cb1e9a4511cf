"""The demo requests (DEBUG only): three organisations with logins, rules and cases."""

import pytest
from django.test import override_settings
from django.urls import reverse

from kouryu.cases.models import Case, Organisation, Status
from kouryu.core.tests.transactions import rolled_back


@pytest.fixture(scope="module")
def cases_demo(django_db_setup, django_db_blocker):
    from kouryu.cases.demo import cases_demo_load
    from kouryu.offices.demo.loader import offices_demo_load

    with rolled_back(django_db_blocker), override_settings(DEBUG=True):
        offices_demo_load()
        assert cases_demo_load()
        yield


pytestmark = pytest.mark.usefixtures("cases_demo")


@pytest.mark.django_db
def test_three_organisations_with_a_verified_login_each():
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    names = set(Organisation.objects.values_list("name_zh", flat=True))
    assert names == {"兵库县", "爱媛县", "天津市人民政府外事办公室"}
    for login in ("hyogo", "ehime", "tianjin"):
        user = get_user_model().objects.get(username=login)
        assert user.check_password("kouryu-demo"), login
        assert EmailAddress.objects.filter(user=user, verified=True).exists()
        assert user.case_memberships.get().is_active


@pytest.mark.django_db
def test_cases_in_several_states_and_both_languages():
    assert {"ja", "zh-hans"} <= set(Case.objects.values_list("language", flat=True))
    states = set(Case.objects.values_list("status", flat=True))
    assert {Status.NEW, Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED} <= states


@pytest.mark.django_db
def test_routing_follows_the_office_s_duties():
    from kouryu.offices.selectors import staff_member_for_user

    def role(title):
        case = Case.objects.get(title=title)
        return staff_member_for_user(case.assignee.user).role if case.assignee else None

    assert role("知事訪中団の北京訪問支援") == "次長"  # Hyogo → the deputy director
    assert role("中国の柑橘類輸入規制の調査") == "主任調査員"  # research → the senior researcher
    assert role("日本地方政府的垃圾分类资料") is None  # Tianjin, information → the queue


@pytest.mark.django_db
def test_the_ehime_requester_cannot_open_hyogo_s_case(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="ehime"))
    hyogo = Case.objects.get(title="知事訪中団の北京訪問支援")
    assert client.get(reverse("cases:case", args=[hyogo.pk])).status_code == 404


@pytest.mark.django_db
def test_without_debug_no_demo_login_is_made():
    from kouryu.cases.demo import cases_demo_load

    Case.objects.all().delete()
    Organisation.objects.all().delete()
    with override_settings(DEBUG=False):
        assert cases_demo_load() is False
    assert not Organisation.objects.exists()

"""Every list in the admin answers a search in Japanese, Chinese and Latin script."""

import pytest
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from kouryu.partnerships.tests.factories import PartnershipFactory
from kouryu.places.tests.factories import gazetteer_place

pytestmark = pytest.mark.django_db

QUERIES = ["神戸", "神户", "Kobe"]

WAGTAIL_LISTS = [
    "wagtailusers_users:index",
    "wagtailusers_groups:index",
    "wagtailimages:index",
    "wagtaildocs:index",
    "wagtailredirects:index",
    "wagtailadmin_pages:search",
    "wagtailsites:index",
    "wagtaillocales:index",
]


def snippet_lists() -> list[str]:
    return [model.snippet_viewset.get_url_name("list") for model in get_snippet_models()]


@pytest.mark.parametrize("url_name", WAGTAIL_LISTS + snippet_lists())
def test_every_admin_list_search_answers(client, admin_user, url_name):
    client.force_login(admin_user)
    for query in QUERIES:
        response = client.get(reverse(url_name), {"q": query})
        assert response.status_code == 200, (url_name, query)


def test_staff_directory_search_finds_a_name(client, admin_user):
    from kouryu.offices.tests.factories import StaffMemberFactory

    StaffMemberFactory(family_name="宮本", given_name="貴章", role="所長")
    StaffMemberFactory(family_name="堀池", given_name="美江", role="次長")
    client.force_login(admin_user)
    url = reverse(StaffMemberFactory._meta.model.snippet_viewset.get_url_name("list"))
    html = client.get(url, {"q": "宮本"}).content.decode()
    assert "宮本" in html and "堀池" not in html


@pytest.mark.parametrize("query", ["神户", "神戸", "神戶", "Kobe", "こうべ"])
def test_registry_admin_search_folds_scripts(client, admin_user, query):
    PartnershipFactory()  # Kobe–Tianjin
    PartnershipFactory(
        japan_side=gazetteer_place("011002"), partner=gazetteer_place("210100", "CN")
    )
    client.force_login(admin_user)
    html = client.get(reverse("wagtailsnippets_partnerships_partnership:list"), {"q": query})
    text = html.content.decode()
    assert "神戸市" in text, query
    assert "札幌市" not in text, query

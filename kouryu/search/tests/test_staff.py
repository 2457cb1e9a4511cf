"""Staff search: the admin page over the same index, and Wagtail's own page search through it."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from kouryu.partnerships.tests.factories import PartnershipFactory
from kouryu.search import selectors
from kouryu.website.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_site")]

BACKEND = {"default": {"BACKEND": "kouryu.search.wagtail_backend"}}


@pytest.fixture
def wagtail_uses_our_index(settings):
    settings.WAGTAILSEARCH_BACKENDS = BACKEND


def test_admin_site_search_finds_japanese_and_chinese_pages(admin_client):
    # 神户 alone also finds Kobe and its wards in the registry; 所长 narrows to the greeting
    # and the staff page (the director, and a colleague from Hyogo, "known for 神戸港").
    response = admin_client.get("/admin/site-search/", {"q": "神户 所长"})
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    titles = {a.get_text() for a in page.select("table.listing .title-wrapper a")}
    assert titles == {"所長あいさつ", "所长致辞", "職員紹介", "职员介绍"}
    links = {a["href"] for a in page.select("table.listing .title-wrapper a")}
    assert all(link.startswith("/admin/pages/") and link.endswith("/edit/") for link in links)


def test_admin_site_search_finds_registry_records_and_places(admin_client):
    partnership = PartnershipFactory()  # Kobe–Tianjin
    response = admin_client.get("/admin/site-search/", {"q": "Tianjin"})
    page = BeautifulSoup(response.content.decode(), "html.parser")
    links = {a["href"] for a in page.select("table.listing .title-wrapper a")}
    assert any(link.startswith("/admin/snippets/places/place/edit/") for link in links)
    assert f"/admin/snippets/partnerships/partnership/edit/{partnership.pk}/" in links


def test_admin_site_search_includes_drafts(admin_client, publish_page):
    publish_page(title="秋田犬の交流会（下書き）", body="<p>秋田犬</p>", live=False)
    response = admin_client.get("/admin/site-search/", {"q": "秋田犬"})
    page = BeautifulSoup(response.content.decode(), "html.parser")
    row = page.select_one("table.listing tbody tr")
    assert row.select_one(".title-wrapper").get_text() == "秋田犬の交流会（下書き）"
    assert row.select_one("mark").get_text() == "秋田犬"


def test_admin_site_search_is_in_the_menu(admin_client):
    assert "/admin/site-search/" in admin_client.get("/admin/").content.decode()


def test_admin_site_search_needs_a_login(client):
    assert client.get("/admin/site-search/", {"q": "北京"}).status_code == 302


def test_wagtail_admin_page_search_finds_cjk_through_our_index(
    admin_client, wagtail_uses_our_index
):
    response = admin_client.get("/admin/pages/search/", {"q": "神户"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "所長あいさつ" in html and "所长致辞" in html


def test_wagtail_backend_narrows_by_the_admins_queryset(wagtail_uses_our_index, publish_page):
    draft = publish_page(title="秋田犬", body="<p>下書き</p>", live=False)
    everything = Page.objects.all().autocomplete("秋田犬")
    assert [page.pk for page in everything] == [draft.pk]
    assert list(Page.objects.live().autocomplete("秋田犬")) == []
    chinese = Page.objects.filter(locale__language_code="zh-hans").search("北京")
    assert chinese.count() == 3 and all(p.locale.language_code == "zh-hans" for p in chinese)
    facets = Page.objects.all().search("北京").facet("content_type_id")
    assert sum(facets.values()) == Page.objects.all().search("北京").count() == 6


def test_wagtail_backend_slices_in_rank_order(wagtail_uses_our_index):
    results = Page.objects.all().search("北京")
    everything = list(results)
    assert [p.pk for p in results[2:5]] == [p.pk for p in everything[2:5]]
    # The home, overview and greeting pages in Japanese and Chinese, as the site search has.
    assert results.count() == len(everything) == selectors.search("北京", kinds=["page"]).total
    assert len(everything) == 6


def test_wagtail_backend_prefix_search_for_autocomplete(wagtail_uses_our_index):
    titles = {p.title for p in StandardPage.objects.all().autocomplete("conta")}
    assert titles == {"Contact"}


def test_wagtail_backend_leaves_other_models_to_wagtail(wagtail_uses_our_index):
    from wagtail.images.models import Image

    assert list(Image.objects.all().search("北京")) == []

"""Tags are written in Japanese; a Chinese or English page names them in its own language,
and leaves out a tag that has no name there yet."""

import pytest
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from kouryu.publishing.models import NewsPage, TagName
from kouryu.publishing.selectors import tags_without_names
from kouryu.publishing.tests.factories import article_indexes, articles_translated

pytestmark = pytest.mark.django_db

TITLES = {"ja": "観光セミナー", "zh-hans": "旅游研讨会", "en": "A tourism seminar"}
TEXT = {"ja": "<p>本文</p>", "zh-hans": "<p>正文</p>", "en": "<p>Text</p>"}


def tag_links(client, page) -> str:
    html = client.get(page.url).content.decode()
    return html.split('class="tags"')[1].split("</p>")[0] if 'class="tags"' in html else ""


@pytest.fixture
def indexes(homes):
    return article_indexes(homes)["news"]


def test_each_language_shows_the_tag_under_its_own_name(client, indexes):
    pages = articles_translated(
        index_by_language=indexes,
        model=NewsPage,
        slug="tourism",
        date="2026-09-01",
        titles=TITLES,
        summaries=TITLES,
        bodies=TEXT,
        tags={"ja": ["観光"], "zh-hans": ["旅游"], "en": ["Tourism"]},
    )
    assert "#観光" in tag_links(client, pages["ja"])
    zh = tag_links(client, pages["zh-hans"])
    assert "#旅游" in zh and "観光" not in zh.replace("%E8%A6%B3%E5%85%89", "")
    assert "#Tourism" in tag_links(client, pages["en"])
    # The filter names the tag in the reader's language too.
    html = client.get(indexes["en"].url, {"tag": "観光"}).content.decode()
    assert "Tagged “Tourism”" in html
    assert "A tourism seminar" in html


def test_a_translation_keeps_the_originals_tags_and_hides_those_without_a_name(
    client, indexes, run_tasks
):
    original = NewsPage(
        title="交流会", slug="meeting", summary="交流会のお知らせ", body="<p>本文</p>"
    )
    indexes["ja"].add_child(instance=original)
    original.tags.set(["交流会", "観光"])
    original.save_revision().publish()
    TagName.objects.create(tag=Tag.objects.get(name="観光"), name_zh_hans="旅游", name_en="")
    zh = Locale.objects.get(language_code="zh-hans")
    run_tasks(translate_object, original, [zh])
    copy = NewsPage.objects.get(translation_key=original.translation_key, locale=zh)
    copy.save_revision().publish()
    assert sorted(copy.tags.names()) == ["交流会", "観光"]  # synchronised from the original
    links = tag_links(client, copy)
    assert "#旅游" in links
    assert "#交流会" not in links and "#観光" not in links
    assert "#交流会" in tag_links(client, original)


def test_the_dashboard_lists_tags_still_without_names_and_opens_the_form_with_the_tag(
    client, admin_user, indexes
):
    page = NewsPage(title="お知らせ", slug="notice", summary="お知らせ", body="<p>本文</p>")
    indexes["ja"].add_child(instance=page)
    page.tags.set(["友好都市"])
    page.save_revision().publish()
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    tag = Tag.objects.get(name="友好都市")
    add = reverse(TagName.snippet_viewset.get_url_name("add"))
    assert f"{add}?tag={tag.pk}" in html
    response = client.get(add, {"tag": tag.pk})
    assert f'<option value="{tag.pk}" selected>' in response.content.decode()
    client.post(
        add + f"?tag={tag.pk}",
        {"tag": tag.pk, "name_zh_hans": "友好城市", "name_en": "Twin cities"},
    )
    assert TagName.objects.get(tag=tag).name_en == "Twin cities"
    assert tags_without_names() == []
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f"{add}?tag={tag.pk}" not in html

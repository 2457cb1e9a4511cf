"""The translation status counts what is untranslated and out of date, for pages and for the
office's translatable data; translations of that data are synced from the original."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object

from kouryu.core.translation import snippet_create_translated
from kouryu.offices.models import PublishedFigure
from kouryu.publishing.selectors import (
    CURRENT,
    MISSING,
    OUTDATED,
    UNTRANSLATED,
    translation_status,
)
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def statuses(obj) -> list[str]:
    _locales, rows = translation_status()
    return next([c.status for c in row.cells] for row in rows if row.source.pk == obj.pk)


def figure():
    return snippet_create_translated(
        model=PublishedFigure,
        fields={
            "label": {"ja": "友好都市提携数", "zh": "友好城市数", "en": "Partnerships"},
            "value": 368,
            "unit": {"ja": "件", "zh": "对", "en": ""},
            "key": "partnerships",
            "as_of": datetime.date(2019, 4, 1),
            "source_name": {"ja": "自治体国際化協会", "zh": "自治体国际化协会", "en": "CLAIR"},
        },
    )


def test_a_translated_page_counts_its_untranslated_texts(homes, run_tasks):
    page = StandardPageFactory(
        parent=homes["ja"], title="記事", body="<p>一段落目</p><p>二段落目</p>"
    )
    assert statuses(page) == [MISSING, MISSING]
    zh = Locale.objects.get(language_code="zh-hans")
    run_tasks(translate_object, page, [zh])
    copy = page.get_translation(zh)
    copy.save_revision().publish()
    cells = statuses(page)
    assert cells[0] == UNTRANSLATED and cells[1] == MISSING
    _locales, rows = translation_status()
    cell = next(row for row in rows if row.source.pk == page.pk).cells[0]
    assert (cell.untranslated, cell.total) == (4, 4)  # title, slug, two paragraphs


def test_snippets_are_in_the_report_and_go_out_of_date_when_the_original_changes(
    client, admin_user
):
    rows = figure()
    original = rows["ja"]
    assert statuses(original) == [CURRENT, CURRENT]
    original.value = 375
    original.save()
    assert statuses(original) == [OUTDATED, OUTDATED]
    client.force_login(admin_user)
    html = client.get(reverse("publishing_translation_report")).content.decode()
    assert "友好都市提携数" in html


def test_sync_carries_a_changed_number_to_every_language(client, admin_user):
    rows = figure()
    original = rows["ja"]
    # The copies' own text is kept as their translation.
    assert StringTranslation.objects.filter(data="友好城市数").exists()
    original.value = 375
    original.save()
    client.force_login(admin_user)
    url = reverse("wagtail_localize:update_translations", args=[_source_id(original)])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code in (200, 302)
    zh = PublishedFigure.objects.get(
        translation_key=original.translation_key, locale__language_code="zh-hans"
    )
    assert zh.value == 375 and zh.label == "友好城市数"
    assert statuses(original) == [CURRENT, CURRENT]


def _source_id(obj) -> int:
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get_for_instance(obj).pk


def test_the_author_picker_lists_each_person_once_in_the_editors_language(client, homes):
    from bs4 import BeautifulSoup

    from kouryu.core.permissions import STAFF
    from kouryu.core.tests.factories import StaffUserFactory
    from kouryu.offices.models import StaffMember
    from kouryu.publishing.models import NewsIndexPage, NewsPage

    people = snippet_create_translated(
        model=StaffMember,
        fields={
            "family_name": {"ja": "宮本", "zh": "宫本", "en": "Miyamoto"},
            "given_name": {"ja": "貴章", "zh": "贵章", "en": "Takaaki"},
            "role": {"ja": "所長", "zh": "所长", "en": "Director"},
            "started_on": datetime.date(2024, 4, 1),
        },
    )
    index = NewsIndexPage(title="お知らせ", slug="news")
    homes["zh-hans"].add_child(instance=index)
    article = NewsPage(title="新闻", slug="a", summary="摘要", body="<p>正文</p>")
    index.add_child(instance=article)
    article.authors.set([people["zh-hans"]])  # a translation that points to the zh copy
    article.save_revision().publish()
    user = StaffUserFactory(group=STAFF)
    client.force_login(user)
    html = client.get(f"/admin/pages/{article.pk}/edit/", HTTP_ACCEPT_LANGUAGE="ja").content
    field = BeautifulSoup(html, "html.parser").select_one("[name=authors]").find_parent("div")
    labels = [" ".join(el.get_text().split()) for el in field.select("label, option")]
    labels = [
        label for label in labels if "宮本" in label or "宫本" in label or "Miyamoto" in label
    ]
    assert len(labels) == 1, labels
    checked = field.select("input[checked], option[selected]")
    assert [el["value"] for el in checked] == [str(people["ja"].pk)]


def test_a_synced_page_goes_out_of_date_when_its_text_changes_not_when_republished(homes):
    from kouryu.website.models import StandardPage
    from kouryu.website.tests.factories import translated_pages

    pages = translated_pages(
        parent_by_language=homes,
        page=StandardPage(slug="about"),
        fields_by_language={
            "ja": {"title": "概要", "body": "<p>本文</p>"},
            "zh-hans": {"title": "概况", "body": "<p>正文</p>"},
            "en": {"title": "About", "body": "<p>Text</p>"},
        },
    )
    original = pages["ja"]
    assert statuses(original) == [CURRENT, CURRENT]
    original.save_revision().publish()  # published again, same text
    assert statuses(original) == [CURRENT, CURRENT]
    original.body = "<p>新しい本文</p>"
    original.save_revision().publish()
    assert statuses(original) == [OUTDATED, OUTDATED]

"""The index follows the content: publishing, editing, unpublishing, deleting, privacy, moves."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from kouryu.offices.models import WorkArea
from kouryu.search import registry, selectors
from kouryu.search.models import SearchEntry
from kouryu.search.selectors import search

pytestmark = pytest.mark.django_db

WORD = "秋田犬"  # in no page but those the tests publish


def public_urls(query, **kwargs):
    kwargs.setdefault("kinds", ["page"])  # places are indexed too (大館 is a city)
    return {hit.url for hit in search(query, **kwargs).hits}


def staff_urls(query, **kwargs):
    kwargs.setdefault("kinds", ["page"])
    return {hit.url for hit in search(query, public=False, **kwargs).hits}


def test_publishing_a_page_makes_it_findable(publish_page):
    assert search(WORD).total == 0
    page = publish_page(title="秋田犬の交流会", body="<p>大館市で秋田犬と交流します。</p>")
    assert public_urls(WORD) == {page.url}
    assert public_urls("大館") == {page.url}


def test_editing_and_publishing_replaces_the_text(publish_page):
    page = publish_page(title="催しのお知らせ", body="<p>秋田犬の交流会を開きます。</p>")
    page.body = "<p>柴犬の交流会に変わりました。</p>"
    page.save_revision().publish()
    assert public_urls("柴犬") == {page.url}
    assert search(WORD).total == 0


def test_a_draft_edit_does_not_change_public_results(publish_page):
    page = publish_page(title="催しのお知らせ", body="<p>秋田犬の交流会を開きます。</p>")
    page.body = "<p>柴犬の交流会に変わりました。</p>"
    page.save_revision()  # saved as a draft, not published
    assert public_urls(WORD) == {page.url}
    assert search("柴犬").total == 0


def test_unpublishing_hides_a_page_from_the_public_but_not_from_staff(publish_page):
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    page.unpublish()
    assert search(WORD).total == 0
    assert search(WORD, public=False).total == 1


def test_republishing_brings_it_back(publish_page):
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    page.unpublish()
    page.save_revision().publish()
    assert public_urls(WORD) == {page.url}


def test_deleting_removes_the_entry(publish_page):
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    page.delete()
    assert search(WORD, public=False).total == 0
    assert not SearchEntry.objects.filter(kind="page", object_id=str(page.pk)).exists()


def test_deleting_a_parent_removes_the_children_too(publish_page):
    parent = publish_page(title="親ページ", body="<p>親</p>")
    child = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>", parent=parent)
    Page.objects.get(pk=parent.pk).delete()
    assert not SearchEntry.objects.filter(
        kind="page", object_id__in=[str(parent.pk), str(child.pk)]
    ).exists()


def test_a_draft_page_is_for_staff_only(publish_page):
    publish_page(title="秋田犬の交流会（下書き）", body="<p>秋田犬</p>", live=False)
    assert search(WORD).total == 0
    assert search(WORD, public=False).total == 1


def test_a_private_page_is_not_in_public_results(publish_page):
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert search(WORD).total == 0
    assert search(WORD, public=False).total == 1
    restriction.delete()
    assert public_urls(WORD) == {page.url}


def test_a_page_under_a_private_page_is_private_too(publish_page):
    parent = publish_page(title="職員向け", body="<p>内部</p>")
    child = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>", parent=parent)
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    assert search(WORD).total == 0
    # Publishing the child again keeps it private: privacy is read from its ancestors.
    child.save_revision().publish()
    assert search(WORD).total == 0


def test_moving_a_page_under_a_private_page_hides_it(publish_page):
    private = publish_page(title="職員向け", body="<p>内部</p>")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    assert search(WORD).total == 1
    page.move(private, pos="last-child")
    assert search(WORD).total == 0
    assert staff_urls(WORD) == {"/ja/shokuin/search-test-1/".replace("shokuin", private.slug)}


def test_a_new_slug_moves_the_addresses_of_the_pages_below(publish_page):
    parent = publish_page(title="親ページ", body="<p>親</p>", slug="old-name")
    publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>", parent=parent, slug="akita")
    parent.slug = "new-name"
    parent.save_revision().publish()
    assert public_urls(WORD) == {"/ja/new-name/akita/"}


def test_editing_a_snippet_shown_on_a_page_updates_that_page(search_pages):
    # A line of work is shown on the overview and on the home page.
    area = WorkArea.objects.get(locale__language_code="ja", title="日中交流の支援")
    area.summary = "秋田犬を通じた交流を調べています。"
    area.save()
    assert public_urls(WORD, language="ja") == {"/ja/overview/", "/ja/"}


def test_rebuild_shows_progress_and_restores_a_damaged_index(search_pages, publish_page):
    page = publish_page(title="秋田犬の交流会", body="<p>秋田犬</p>")
    SearchEntry.objects.filter(object_id=str(page.pk)).delete()
    SearchEntry.objects.filter(url="/ja/greeting/").update(is_public=False, title_tokens="")
    stray = SearchEntry.objects.get(url="/en/")
    SearchEntry.objects.create(
        content_type_id=stray.content_type_id, object_id="999999", kind="page", title="gone"
    )
    total = sum(r.queryset().count() for r in registry.registrations())
    out = io.StringIO()
    call_command("search_rebuild", "--batch-size", "4", "--progress-every", "0", stdout=out)
    output = out.getvalue()
    assert f"0/{total} (0%)" in output and f"{total}/{total} (100%)" in output
    # Places have one entry per language.
    entries = SearchEntry.objects.count()
    assert f"{entries} entries from {total} objects" in output and "1 stale" in output
    assert public_urls(WORD) == {page.url}
    assert public_urls("所長あいさつ", language="ja") == {"/ja/greeting/"}
    assert SearchEntry.objects.values("content_type", "object_id").distinct().count() == total


def test_staff_search_selector_finds_unpublished_pages_by_title(publish_page):
    page = publish_page(title="秋田犬", body="<p>本文</p>", live=False)
    hits = selectors.search(WORD, public=False).hits
    assert [hit.object_id for hit in hits] == [str(page.pk)]
    assert not hits[0].is_public

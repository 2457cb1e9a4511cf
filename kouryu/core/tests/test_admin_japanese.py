"""The admin in Japanese has no English labels left (our catalogue and locale_upstream)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from kouryu.core.permissions import OFFICE_MANAGERS
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.website.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# Words that are the same in a Japanese admin: names, formats and our own data's codes.
ALLOWED = {
    "wagtail",
    "wechat",
    "csv",
    "url",
    "pdf",
    "html",
    "id",
    "utc",
    "json",
    "api",
    "rss",
    "excel",
    "xlsx",
    "docx",
    "pptx",
    "txt",
    "zip",
    "clair",
    "beijing",
    "office",
    "kouryu",
    "english",
    "admin",
    "svg",
    "png",
    "jpg",
    "jpeg",
    "gif",
    "webp",
    "avif",
    "ico",
    "heic",
    "totp",
    "email",
    "slug",
    "seo",
    "og",
    "ics",
    "ja",
    "en",
    "zh",
    "hans",
    "javascript",
    "iso",
    "utf",
    "yyyy",
    "localhost",
}
URL = re.compile(r"\S*://\S*|\S+\.\S+/\S*")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")


def english_words(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "template", "svg", "code", "pre", "textarea", "option"]):
        tag.decompose()
    # Hidden and screen-reader-only text that Wagtail writes in English, untranslatable
    # there (a "Search" submit kept for screen readers, yes/no columns), is left for now.
    for tag in soup.select("[hidden], .w-sr-only"):
        tag.decompose()
    # What staff entered (titles, names, the manual's prose) is data, not labels.
    for tag in soup.select(".title-wrapper, .w-header__title, [data-w-title], .kouryu-manual"):
        tag.decompose()
    found = []
    texts = [soup.get_text(" ")]
    for el in soup.select("[aria-label], [title], [placeholder]"):
        texts += [el.get(a, "") for a in ("aria-label", "title", "placeholder")]
    texts += [i.get("value", "") for i in soup.select("input[type=submit]")]
    for text in texts:
        text = URL.sub(" ", text)
        found += [w for w in WORD.findall(text) if w.lower() not in ALLOWED]
    return found


@pytest.fixture
def japanese_manager(client, homes):
    # A name in Japanese: the admin shows it (data, not a label) where it would show the login.
    user = StaffUserFactory(
        username="山田花子",
        group=OFFICE_MANAGERS,
        email="m@example.org",
        first_name="花子",
        last_name="山田",
    )
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "ja"})
    client.force_login(user)
    return user


def admin_pages(homes):
    page = StandardPageFactory(parent=homes["ja"], title="記事", slug="kiji")
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[homes["ja"].pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_reports:workflow"),
        reverse("publishing_translation_report"),
        reverse("core_manual"),
        reverse("wagtailsnippets_offices_staffmember:list"),
        reverse("wagtailsnippets_offices_publishedfigure:list"),
        reverse("wagtailsnippets_partnerships_partnership:list"),
        reverse("partnerships_import"),
        reverse("publishing_newsletter_compose"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_account"),
    ]


def test_no_english_labels_in_the_japanese_admin(client, homes, japanese_manager):
    leftovers = {}
    for url in admin_pages(homes):
        response = client.get(url)
        assert response.status_code == 200, url
        words = english_words(response.content.decode())
        if words:
            leftovers[url] = sorted(set(words))
    assert leftovers == {}

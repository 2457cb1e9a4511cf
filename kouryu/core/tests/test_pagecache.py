"""The page cache (kouryu.core.pagecache): anonymous pages come from the shared cache, and
any change of what they show is on the next request, in every language and every worker.

The invalidation tests run on the default backend (files, as under var/) and on the
machine's Redis, as production runs it (CACHE_URL). Without Redis those are skipped,
except in CI, where that is a failure.
"""

import datetime
import os

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kouryu.core import pagecache
from kouryu.website.tests.factories import site_pages

REDIS_URL = os.environ.get("KOURYU_TEST_REDIS_CACHE_URL", "redis://127.0.0.1:6379/14")

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["files", "redis"])
def shared_cache(request, settings, tmp_path):
    """The cache that every worker of the site shares: files (the default) or Redis."""
    if request.param == "files":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(tmp_path / "cache"),
            }
        }
    else:
        import redis

        try:
            redis.Redis.from_url(REDIS_URL).ping()
        except redis.exceptions.ConnectionError as error:
            reason = f"Redis is not reachable at {REDIS_URL} ({error})"
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"CI=true but {reason}", pytrace=False)
            pytest.skip(reason)
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_URL,
            }
        }
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def pages(db):
    """Every page type of the website in three languages (with the home pages)."""
    return site_pages()


def visit(client, url, django_assert_max_num_queries=None, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code in (200, 304), (url, response.status_code)
    return response


def from_cache(client, url, django_assert_num_queries, **headers):
    """The page as served without a single database query: from the page cache."""
    with django_assert_num_queries(0):
        return client.get(url, headers=headers)


def text(response) -> str:
    return response.content.decode()


def test_an_anonymous_page_is_served_again_from_the_cache_with_validators(
    client, pages, django_assert_num_queries
):
    first = visit(client, "/ja/overview/")
    assert first["ETag"].startswith('W/"')
    assert "public" in first["Cache-Control"] and "s-maxage=" in first["Cache-Control"]

    again = from_cache(client, "/ja/overview/", django_assert_num_queries)
    assert again.status_code == 200
    assert again.content == first.content
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert again["ETag"] == first["ETag"]

    # A browser that has the page asks with its ETag and gets a 304 without a body.
    unchanged = from_cache(
        client, "/ja/overview/", django_assert_num_queries, if_none_match=first["ETag"]
    )
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    head = client.head("/ja/overview/")
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Length"] == str(len(first.content))


def test_each_language_has_its_own_copy(client, pages, django_assert_num_queries):
    visit(client, "/ja/")
    chinese = visit(client, "/zh-hans/")
    assert 'lang="zh-Hans"' in text(chinese)
    assert 'lang="zh-Hans"' in text(from_cache(client, "/zh-hans/", django_assert_num_queries))
    assert 'lang="ja"' in text(from_cache(client, "/ja/", django_assert_num_queries))


def test_a_page_edited_and_published_shows_at_once_on_every_page_that_names_it(
    client, pages, shared_cache
):
    for code in ("ja", "zh-hans", "en"):
        visit(client, f"/{code}/")
        visit(client, f"/{code}/overview/")
    staff = pages["staff"]["zh-hans"]
    staff.title = "我们的职员"
    staff.save_revision().publish()

    # The menu of every Chinese page names the page by its new title; the others keep theirs.
    assert "我们的职员" in text(visit(client, "/zh-hans/"))
    assert "我们的职员" in text(visit(client, "/zh-hans/overview/"))
    assert "我们的职员" not in text(visit(client, "/ja/"))
    # Every worker reads the same generation from the shared cache.
    other_worker = caches.create_connection("default")
    assert other_worker.get(pagecache.GENERATION_KEY) == cache.get(pagecache.GENERATION_KEY)


def test_unpublishing_and_moving_a_page_show_at_once(client, pages, shared_cache):
    greeting = pages["greeting"]["en"]
    greeting.refresh_from_db()
    assert "Greeting" in text(visit(client, "/en/"))
    visit(client, "/en/greeting/")
    greeting.unpublish()
    assert client.get("/en/greeting/").status_code == 404
    assert ">Greeting<" not in text(visit(client, "/en/"))

    visit(client, "/ja/contact/")
    contact = pages["contact"]["ja"]
    contact.refresh_from_db()
    contact.move(pages["overview"]["ja"], pos="last-child")
    assert client.get("/ja/overview/contact/").status_code == 200
    moved = client.get("/ja/contact/")  # Wagtail leaves a redirect at the old address
    assert moved.status_code == 301 and moved["Location"] == "/ja/overview/contact/"


def test_a_new_translation_shows_at_once(client, homes, shared_cache):
    from kouryu.website.tests.factories import StandardPageFactory

    original = StandardPageFactory(
        parent=homes["ja"], title="交通案内", slug="access", show_in_menus=True
    )
    visit(client, "/en/")
    assert client.get("/en/access/").status_code == 404

    translation = original.copy_for_translation(homes["en"].locale)
    translation.title = "Getting here"
    translation.save_revision().publish()
    assert "Getting here" in text(visit(client, "/en/"))
    assert client.get("/en/access/").status_code == 200


def test_an_edited_snippet_shows_at_once_in_its_language(client, pages, shared_cache):
    from kouryu.offices.models import Office, StaffMember

    for url in ("/ja/", "/ja/staff/", "/zh-hans/staff/"):
        visit(client, url)
    office = Office.objects.get(locale__language_code="ja")
    office.address = "北京市朝陽区建国門外大街1号"
    office.save()
    assert "建国門外大街1号" in text(visit(client, "/ja/"))
    assert "建国門外大街1号" in text(visit(client, "/ja/staff/"))

    director = StaffMember.objects.get(locale__language_code="zh-hans", family_name="宫本")
    director.role = "首席代表"
    director.save()
    assert "首席代表" in text(visit(client, "/zh-hans/staff/"))


def test_a_saved_partnership_shows_at_once_in_the_registry(client, homes, shared_cache):
    from kouryu.partnerships.tests.factories import PartnershipFactory
    from kouryu.places.tests.factories import gazetteer_place

    PartnershipFactory()
    for code in ("ja", "zh-hans", "en"):
        visit(client, f"/{code}/registry/")
        visit(client, f"/{code}/registry/statistics/")
    PartnershipFactory(
        japan_side=gazetteer_place("131016"), partner=gazetteer_place("110000", "CN")
    )
    assert "千代田区" in text(visit(client, "/ja/registry/"))
    assert "千代田区" in text(visit(client, "/zh-hans/registry/"))
    assert "Chiyoda" in text(visit(client, "/en/registry/"))


def test_a_cancellation_shows_at_once_on_the_event_page(client, homes, shared_cache):
    from kouryu.events import services
    from kouryu.events.tests.factories import event_make, index_pages, register

    events = event_make(index_pages(homes), capacity=10)
    registration = register(events["ja"], people=2).registration
    # Registration closes; the page is then the same for everyone, and kept.
    original = events["ja"]
    original.refresh_from_db()
    original.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    original.save_revision().publish()
    url = events["zh-hans"].url
    first = visit(client, url)
    assert "ETag" in first
    assert "剩余8个名额" in text(first)

    services.registration_cancel(registration=registration, event=original, notify=False)
    assert "剩余10个名额" in text(visit(client, url))


def test_logged_in_visitors_never_get_or_leave_a_shared_copy(
    client, pages, admin_user, django_assert_num_queries
):
    anonymous = visit(client, "/ja/")
    client.force_login(admin_user)
    with CaptureQueriesContext(connection) as queries:
        mine = visit(client, "/ja/")
    assert len(queries) > 0  # rendered for them, not the anonymous copy
    assert "ETag" not in mine
    assert "public" not in mine.get("Cache-Control", "")
    client.logout()
    assert from_cache(client, "/ja/", django_assert_num_queries).content == anonymous.content


@pytest.mark.parametrize(
    "url", ["/ja/accounts/login/", "/ja/portal/guide/", "/ja/newsletter/", "/admin/login/"]
)
def test_logins_the_portal_the_newsletter_and_the_admin_are_never_stored(client, pages, url):
    response = client.get(url)
    assert response.status_code in (200, 302)
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_an_open_registration_form_is_each_visitors_own(client, homes):
    from kouryu.events.tests.factories import event_make, index_pages

    event = event_make(index_pages(homes))["ja"]
    first, second = client.get(event.url), client.get(event.url)
    assert "ETag" not in first and "private" in first["Cache-Control"]

    def key(response):
        return response.content.decode().split('name="submission_key" value="')[1].split('"')[0]

    assert key(first) != key(second)


def test_a_visitor_with_a_message_waiting_is_not_served_a_copy(client, pages):
    visit(client, "/ja/")
    client.cookies["messages"] = "waiting"
    with CaptureQueriesContext(connection) as queries:
        client.get("/ja/")
    assert len(queries) > 0  # rendered for them, so that their message is shown


def test_looking_at_pages_starts_no_new_generation(client, pages):
    from kouryu.partnerships.tests.factories import PartnershipFactory
    from kouryu.publishing.tests.factories import newsroom

    PartnershipFactory()
    newsroom(pages["home"])
    before = pagecache.generation()
    for code in ("ja", "zh-hans", "en"):
        for path in (
            "",
            "overview/",
            "figures/",
            "staff/",
            "news/",
            "registry/",
            "registry/statistics/",
        ):
            visit(client, f"/{code}/{path}")
    assert pagecache.generation() == before


def test_a_part_of_a_page_and_the_whole_page_are_kept_apart(client, homes):
    from kouryu.partnerships.tests.factories import PartnershipFactory

    PartnershipFactory()
    part = {"HX-Request": "true", "HX-Target": "results"}
    assert "<html" not in text(client.get("/ja/registry/", {"q": "Kobe"}, headers=part))
    assert "<html" in text(client.get("/ja/registry/", {"q": "Kobe"}))
    assert "<html" not in text(client.get("/ja/registry/", {"q": "Kobe"}, headers=part))

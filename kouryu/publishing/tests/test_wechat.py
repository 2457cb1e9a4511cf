"""WeChat export: inline-styled HTML without classes or outside links, limits, admin view, draft push."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from kouryu.core.tests.factories import StaffUserFactory
from kouryu.publishing.models import NewsPage
from kouryu.publishing.wechat import (
    MAX_TEXT_LENGTH,
    wechat_article_export,
    wechat_page_get_for_user,
)

pytestmark = pytest.mark.django_db

BODY = (
    '<h2 class="lead" id="x">标题</h2>'
    '<p data-block-key="a1">第一段，参见<a href="https://example.com/report">研究报告</a>。</p>'
    '<p>公众号文章：<a href="https://mp.weixin.qq.com/s/abc">往期回顾</a>，'
    '本站页面：<a href="/zh-hans/news/">新闻</a>，'
    '再次引用<a href="https://example.com/report">同一报告</a>。</p>'
    "<style>p { color: red; }</style><script>alert(1)</script>"
    "<ul><li><b>要点</b></li><li><i>其他</i></li></ul>"
    "<blockquote>引用</blockquote>"
    '<p><img src="/media/images/photo.jpg" alt="合影" class="richtext-image"></p>'
)


@pytest.fixture(autouse=True)
def _newsroom(newsroom):
    """The site with its news (publishing.tests.factories.newsroom), for every test here."""


def _wechat_item(language="zh-hans"):
    from kouryu.publishing.tests.factories import NEWS

    slug = NEWS[0][0]  # the WeChat news item, in every language
    return NewsPage.objects.get(locale__language_code=language, slug=slug)


def _news(language="zh-hans", body=BODY):
    page = _wechat_item(language)
    page.body = body
    page.save()
    return page


def _hosts(html):
    soup = BeautifulSoup(html, "html.parser")
    return {urlsplit(a["href"]).hostname for a in soup.find_all("a", href=True)}


def test_export_has_only_inline_styles_and_no_outside_links():
    export = wechat_article_export(page=_news())
    soup = BeautifulSoup(export.html, "html.parser")
    assert "class=" not in export.html
    assert "<style" not in export.html
    assert "<script" not in export.html
    assert "id=" not in export.html and "data-" not in export.html
    assert _hosts(export.html) == {"mp.weixin.qq.com"}
    elements = soup.find_all(True)
    assert elements
    assert all(element.get("style") for element in elements)
    assert soup.find("strong") is None and soup.find("b")["style"].startswith("font-weight")


def test_a_page_without_links_exports_clean():
    page = _wechat_item("zh-hans")
    export = wechat_article_export(page=page)
    assert export.title == page.title
    assert export.digest and export.digest in " ".join(page.summary.split())
    assert "class=" not in export.html and "<style" not in export.html
    assert _hosts(export.html) == set()
    assert not any("Simplified Chinese" in warning for warning in export.warnings)


def test_links_become_numbered_footnotes():
    export = wechat_article_export(page=_news())
    urls = [url for _n, _text, url in export.footnotes]
    assert urls[0] == "https://example.com/report"
    assert urls.count("https://example.com/report") == 1  # the same address gets one number
    assert any(url.endswith("/zh-hans/news/") and url.startswith("http") for url in urls)
    soup = BeautifulSoup(export.html, "html.parser")
    text = soup.get_text()
    assert "研究报告[1]" in text and "同一报告[1]" in text
    assert "[1] 研究报告: https://example.com/report" in text
    assert [sup.get_text() for sup in soup.find_all("sup")] == ["[1]", "[2]", "[1]"]
    assert soup.find("a", href="https://mp.weixin.qq.com/s/abc").get_text() == "往期回顾"


def test_images_are_listed_with_absolute_addresses():
    export = wechat_article_export(page=_news())
    assert len(export.images) == 1
    src, alt = export.images[0]
    assert src.startswith("http") and src.endswith("/media/images/photo.jpg")
    assert alt == "合影"
    img = BeautifulSoup(export.html, "html.parser").find("img")
    assert img["src"] == src and "max-width:100%" in img["style"]


def test_over_long_text_is_warned_about():
    export = wechat_article_export(page=_news(body="<p>" + "字" * 21_000 + "</p>"))
    assert export.text_length > MAX_TEXT_LENGTH
    assert any("21000" in warning or "21,000" in warning for warning in export.warnings)


def test_japanese_page_gets_the_language_warning():
    page = _news(language="ja", body="<p>日本語の本文</p>")
    with translation.override("en"):
        export = wechat_article_export(page=page)
    assert any("Simplified Chinese" in warning for warning in export.warnings)
    with translation.override("ja"):
        assert any("簡体字" in w for w in wechat_article_export(page=page).warnings)
    assert "日本語の本文" in export.html


# ---------------------------------------------------------------------------
# Admin view
# ---------------------------------------------------------------------------


def test_admin_view_renders_preview_and_copy_button(admin_client):
    page = _news()
    response = admin_client.get(reverse("publishing_wechat_export", args=[page.pk]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#wechat-title").get_text() == page.title
    assert soup.select_one("#wechat-preview p[style]")
    assert "https://example.com/report" in soup.select_one("#wechat-html").get_text()
    assert soup.select_one("[data-wechat-copy]")
    assert soup.find("script", src=lambda s: s and s.endswith("publishing/wechat.js"))
    assert "/media/images/photo.jpg" in soup.select_one("#wechat-images").get_text()
    # Without credentials there is nothing to push with.
    assert soup.select_one("form[data-wechat-push]") is None


def test_admin_view_unknown_page_is_404(admin_client):
    # LocaleMiddleware first redirects a 404 to the language-prefixed address, which 404s too.
    url = reverse("publishing_wechat_export", args=[999999])
    assert admin_client.get(url, follow=True).status_code == 404


def test_admin_view_is_denied_without_edit_permission(client):
    user = StaffUserFactory(username="wechat-reader")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)
    page = _news()
    with pytest.raises(PermissionDenied):
        wechat_page_get_for_user(page_id=page.pk, user=user)
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard with a message.
    for response in (
        client.get(reverse("publishing_wechat_export", args=[page.pk])),
        client.post(reverse("publishing_wechat_push", args=[page.pk])),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_page_listing_offers_wechat_export(admin_client):
    # A synced translation opens in wagtail-localize's editor, which has no header buttons of
    # ours; the page listing offers the export for every page with a body.
    page = _wechat_item("zh-hans")
    response = admin_client.get(reverse("wagtailadmin_explore", args=[page.get_parent().pk]))
    assert reverse("publishing_wechat_export", args=[page.pk]) in response.content.decode()


# ---------------------------------------------------------------------------
# Draft box, against a local stand-in for the WeChat API
# ---------------------------------------------------------------------------


class FakeWeChat(BaseHTTPRequestHandler):
    requests: list
    draft_answer: dict

    def log_message(self, *args):
        pass

    def _answer(self, payload):
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        self.requests.append(("GET", url.path, parse_qs(url.query), b""))
        if url.path == "/cgi-bin/token":
            self._answer({"access_token": "t", "expires_in": 7200})
        else:
            self._answer({"errcode": 404, "errmsg": "unknown"})

    def do_POST(self):
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append(("POST", url.path, parse_qs(url.query), body))
        if url.path == "/cgi-bin/material/add_material":
            self._answer({"media_id": "thumb1", "url": "http://mmbiz.qpic.cn/x"})
        elif url.path == "/cgi-bin/draft/add":
            self._answer(self.draft_answer)
        else:
            self._answer({"errcode": 404, "errmsg": "unknown"})


@pytest.fixture
def wechat_api(settings, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    handler = type("Handler", (FakeWeChat,), {"requests": [], "draft_answer": {"media_id": "m1"}})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WECHAT_APP_ID = "wx-app"
    settings.WECHAT_APP_SECRET = "secret"
    settings.WECHAT_API_BASE_URL = f"http://127.0.0.1:{server.server_address[1]}/cgi-bin/"
    yield handler
    server.shutdown()
    server.server_close()
    thread.join()


def test_push_form_shown_with_credentials(admin_client, wechat_api):
    page = _news()
    response = admin_client.get(reverse("publishing_wechat_export", args=[page.pk]))
    form = BeautifulSoup(response.content, "html.parser").select_one("form[data-wechat-push]")
    assert form["action"] == reverse("publishing_wechat_push", args=[page.pk])


def test_push_sends_the_article_and_shows_the_media_id(admin_client, wechat_api):
    page = _news()
    response = admin_client.post(reverse("publishing_wechat_push", args=[page.pk]), follow=True)
    assert response.status_code == 200
    assert "m1" in response.content.decode()

    token = [r for r in wechat_api.requests if r[1] == "/cgi-bin/token"]
    assert token and token[0][2]["appid"] == ["wx-app"] and token[0][2]["secret"] == ["secret"]
    upload = [r for r in wechat_api.requests if r[1] == "/cgi-bin/material/add_material"]
    assert upload and upload[0][2]["type"] == ["image"] and upload[0][2]["access_token"] == ["t"]
    drafts = [r for r in wechat_api.requests if r[1] == "/cgi-bin/draft/add"]
    assert len(drafts) == 1 and drafts[0][2]["access_token"] == ["t"]
    (article,) = json.loads(drafts[0][3].decode())["articles"]
    export = wechat_article_export(page=page)
    assert article["title"] == page.title
    assert article["digest"] == export.digest
    assert article["author"] == export.author
    assert article["thumb_media_id"] == "thumb1"
    assert 'style="' in article["content"] and "class=" not in article["content"]
    assert (
        "[1] 研究报告: https://example.com/report"
        in BeautifulSoup(article["content"], "html.parser").get_text()
    )


def test_editors_export_but_cannot_push(client, wechat_api):
    # Pushing puts the article before the account's readers: it takes the right to publish.
    editor = StaffUserFactory(group="編集者")
    client.force_login(editor)
    page = _news()
    response = client.get(reverse("publishing_wechat_export", args=[page.pk]))
    assert response.status_code == 200
    assert not BeautifulSoup(response.content, "html.parser").select("form[data-wechat-push]")
    response = client.post(reverse("publishing_wechat_push", args=[page.pk]))
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not [r for r in wechat_api.requests if r[1] == "/cgi-bin/draft/add"]


def test_push_api_error_is_a_clear_message(admin_client, wechat_api):
    wechat_api.draft_answer = {"errcode": 40001, "errmsg": "invalid credential"}
    page = _news()
    response = admin_client.post(reverse("publishing_wechat_push", args=[page.pk]), follow=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert "40001" in content and "WECHAT_APP_SECRET" in content


def test_push_unreachable_api_is_a_clear_message(admin_client, settings):
    settings.WECHAT_APP_ID = "wx-app"
    settings.WECHAT_APP_SECRET = "secret"
    settings.WECHAT_API_BASE_URL = "http://127.0.0.1:9/cgi-bin/"
    page = _news()
    response = admin_client.post(
        reverse("publishing_wechat_push", args=[page.pk]),
        follow=True,
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert "could not be reached" in response.content.decode()

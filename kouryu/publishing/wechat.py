"""WeChat export: a page as a WeChat-ready article, and pushing it to the account's draft box."""

import io
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import nh3
import requests
from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

# Limits of the WeChat editor and of the draft API.
MAX_TEXT_LENGTH = 20_000
MAX_BYTE_SIZE = 1024 * 1024
MAX_TITLE_LENGTH = 64
MAX_DIGEST_LENGTH = 120
WECHAT_HOST = "mp.weixin.qq.com"
CHINESE = "zh-hans"

# WeChat drops <style> blocks and class attributes, so every element carries its own style.
_TEXT = "font-size:16px;line-height:1.75;color:#333333;letter-spacing:0.5px;"
STYLES = {
    "section": "margin:0;padding:0;" + _TEXT,
    "p": "margin:0 0 16px 0;text-align:justify;" + _TEXT,
    "h2": "margin:32px 0 16px 0;font-size:20px;line-height:1.5;font-weight:bold;color:#1a1a1a;",
    "h3": "margin:24px 0 12px 0;font-size:18px;line-height:1.5;font-weight:bold;color:#1a1a1a;",
    "h4": "margin:20px 0 10px 0;font-size:16px;line-height:1.5;font-weight:bold;color:#1a1a1a;",
    "ul": "margin:0 0 16px 0;padding-left:24px;list-style-type:disc;" + _TEXT,
    "ol": "margin:0 0 16px 0;padding-left:24px;list-style-type:decimal;" + _TEXT,
    "li": "margin:0 0 8px 0;" + _TEXT,
    "blockquote": (
        "margin:0 0 16px 0;padding:8px 16px;border-left:4px solid #c8c8c8;"
        "background-color:#f7f7f7;color:#555555;font-size:15px;line-height:1.75;"
    ),
    "strong": "font-weight:bold;",
    "b": "font-weight:bold;",
    "em": "font-style:italic;",
    "i": "font-style:italic;",
    "a": "color:#576b95;text-decoration:none;",
    "sup": "font-size:12px;line-height:0;vertical-align:super;color:#576b95;",
    "img": "display:block;max-width:100%;height:auto;margin:16px auto;",
    "table": "width:100%;margin:0 0 16px 0;border-collapse:collapse;font-size:14px;",
    "thead": "",
    "tbody": "",
    "tr": "",
    "th": "padding:6px 8px;border:1px solid #dddddd;background-color:#f2f2f2;font-weight:bold;",
    "td": "padding:6px 8px;border:1px solid #dddddd;",
    "br": "",
    "hr": "margin:24px 0;border:0;border-top:1px solid #e5e5e5;",
    "span": "",
}
# Blocks of text the editor might produce that have no meaning of their own.
_UNWRAP_BLOCKS = {"div", "article", "main", "header", "footer", "aside", "figure", "figcaption"}
_DROP = {"style", "script", "noscript", "iframe", "object", "embed", "form", "template"}
_ALLOWED_ATTRIBUTES = {
    "*": {"style"},
    "a": {"href", "style"},
    "img": {"src", "alt", "style"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style"},
}


@dataclass
class WeChatExport:
    title: str
    digest: str
    author: str
    html: str
    text_length: int
    byte_size: int
    images: list[tuple[str, str]] = field(default_factory=list)
    footnotes: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    language_code: str = ""
    kana_share: float = 0.0


# Kana (hiragana, katakana) mark Japanese text; Chinese text has none. A Chinese page whose
# body is more than this share kana is still (partly) the Japanese original.
JAPANESE_KANA_SHARE = 0.05


def kana_share(text: str) -> float:
    """The share of kana among the text's Japanese and Chinese characters (0 without any)."""
    kana = cjk = 0
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
            kana += 1
            cjk += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            cjk += 1
    return kana / cjk if cjk else 0.0


class WeChatPushError(Exception):
    """The draft could not be pushed; the message is translated and meant for staff."""


def wechat_push_enabled() -> bool:
    return bool(settings.WECHAT_APP_ID and settings.WECHAT_APP_SECRET)


def wechat_page_has_body(page) -> bool:
    model = page.specific_class
    return model is not None and any(f.name == "body" for f in model._meta.get_fields())


def wechat_page_get_for_user(*, page_id: int, user, to_publish: bool = False) -> Page:
    """The page, if the user may edit it (and, to push it to WeChat, publish it).

    Pushing puts the article before the official account's readers, so it asks for the
    same permission as publishing the page; an editor may only export and copy.
    404 or PermissionDenied otherwise.
    """
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or (to_publish and not permissions.can_publish()):
        raise PermissionDenied
    return page


def wechat_user_can_push(*, page: Page, user) -> bool:
    return page.permissions_for_user(user).can_publish()


def _site_root(page) -> str:
    site = page.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + "/"


def _source_html(page, root: str) -> str:
    """The page's content as HTML, with internal links expanded to real addresses."""
    parts = []
    body = getattr(page, "body", "") or ""
    parts.append(expand_db_html(str(body)))
    documents = page.documents() if hasattr(page, "documents") else []
    if documents:
        items = "".join(
            f'<li><a href="{escape(urljoin(root, doc.url))}">{escape(doc.title)}</a></li>'
            for doc in documents
        )
        parts.append(f"<h3>{escape(_('Attachments'))}</h3><ul>{items}</ul>")
    return "".join(parts)


def _digest(page) -> str:
    for name in ("summary", "intro", "search_description"):
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _author(page) -> str:
    if not hasattr(page, "authors_localized"):
        return ""
    separator = "、" if page.locale.language_code.startswith(("zh", "ja")) else ", "
    return separator.join(author.full_name for author in page.authors_localized())


def _transform(html: str, *, root: str) -> tuple[str, list, list]:
    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(_UNWRAP_BLOCKS):
        tag.unwrap()

    footnotes: list[tuple[int, str, str]] = []
    numbers: dict[str, int] = {}
    for link in soup.find_all("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith("#") or href.lower().startswith("javascript:"):
            link.unwrap()
            continue
        url = urljoin(root, href)
        if urlsplit(url).hostname == WECHAT_HOST:
            link.attrs = {"href": url}
            continue
        # WeChat articles cannot link outside WeChat: the address moves to the references.
        text = link.get_text(" ", strip=True) or url
        if url not in numbers:
            numbers[url] = len(footnotes) + 1
            footnotes.append((numbers[url], text, url))
        marker = soup.new_tag("sup")
        marker.string = f"[{numbers[url]}]"
        link.insert_after(marker)
        link.unwrap()

    images: list[tuple[str, str]] = []
    for img in soup.find_all("img"):
        src = (img.get("src") or "").strip()
        if not src:
            img.decompose()
            continue
        src = urljoin(root, src)
        alt = img.get("alt", "")
        img.attrs = {"src": src, "alt": alt}
        images.append((src, alt))

    if footnotes:
        soup.append(soup.new_tag("hr"))
        heading = soup.new_tag("h3")
        heading.string = _("References")
        soup.append(heading)
        for number, text, url in footnotes:
            item = soup.new_tag("p")
            item.string = f"[{number}] {text}: {url}"
            soup.append(item)

    wrapper = soup.new_tag("section")
    for child in list(soup.contents):
        wrapper.append(child.extract())
    soup.append(wrapper)

    for tag in soup.find_all(True):
        if tag.name not in STYLES:
            tag.unwrap()
            continue
        kept = {
            k: v for k, v in tag.attrs.items() if k in ("href", "src", "alt", "colspan", "rowspan")
        }
        tag.attrs = kept
        tag["style"] = STYLES[tag.name] or "margin:0;"
    return str(soup), images, footnotes


def _sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(STYLES),
        clean_content_tags={"script", "style"},
        attributes=_ALLOWED_ATTRIBUTES,
        link_rel=None,
        url_schemes={"http", "https"},
        strip_comments=True,
    )


def wechat_article_export(*, page) -> WeChatExport:
    """The page as a WeChat article: inline styles only, footnoted links, images listed, limits checked."""
    page = page.specific
    language_code = page.locale.language_code
    root = _site_root(page)
    with translation.override(language_code):
        html, images, footnotes = _transform(_source_html(page, root), root=root)
        author = _author(page)
    html = _sanitise(html)
    text = BeautifulSoup(html, "html.parser").get_text()
    text_length = len(text)
    byte_size = len(html.encode("utf-8"))
    export = WeChatExport(
        title=page.title,
        digest=_digest(page),
        author=author,
        html=html,
        text_length=text_length,
        byte_size=byte_size,
        images=images,
        footnotes=footnotes,
        language_code=language_code,
    )
    export.kana_share = kana_share(text)
    export.warnings = _warnings(export)
    return export


def _warnings(export: WeChatExport) -> list[str]:
    warnings = []
    if export.language_code != CHINESE:
        warnings.append(
            _(
                "This page is not in Simplified Chinese. WeChat articles are for Chinese readers: "
                "export the Chinese translation of this page instead, if there is one."
            )
        )
    elif export.kana_share > JAPANESE_KANA_SHARE:
        warnings.append(
            _(
                "The body of this Chinese page is still in Japanese (in part or whole): "
                "translate it before it goes to WeChat."
            )
        )
    if export.text_length > MAX_TEXT_LENGTH:
        warnings.append(
            _(
                "The text is %(length)s characters long; WeChat accepts at most %(limit)s. "
                "Shorten it or split it into several articles."
            )
            % {"length": export.text_length, "limit": MAX_TEXT_LENGTH}
        )
    if export.byte_size > MAX_BYTE_SIZE:
        warnings.append(
            _(
                "The HTML is %(size)s bytes; WeChat accepts at most %(limit)s (1 MB). "
                "Shorten the text or split it into several articles."
            )
            % {"size": export.byte_size, "limit": MAX_BYTE_SIZE}
        )
    if len(export.title) > MAX_TITLE_LENGTH:
        warnings.append(
            _("The title is longer than %(limit)s characters; WeChat will refuse it.")
            % {"limit": MAX_TITLE_LENGTH}
        )
    if len(export.digest) > MAX_DIGEST_LENGTH:
        warnings.append(
            _("The summary is longer than %(limit)s characters; WeChat will cut it.")
            % {"limit": MAX_DIGEST_LENGTH}
        )
    if export.images:
        warnings.append(
            _(
                "WeChat does not show images from other sites: upload the images listed below "
                "in the WeChat editor and put them back in place."
            )
        )
    return warnings


# ---------------------------------------------------------------------------
# Pushing to the draft box
# ---------------------------------------------------------------------------


def wechat_client():
    """A wechatpy client for the configured account, talking to WECHAT_API_BASE_URL."""
    from wechatpy import WeChatClient

    class Client(WeChatClient):
        # wechatpy fetches its token from a fixed address; use the configured base instead.
        def fetch_access_token(self):
            return self._fetch_access_token(
                url=f"{self.API_BASE_URL}token",
                params={
                    "grant_type": "client_credential",
                    "appid": self.appid,
                    "secret": self.secret,
                },
            )

    client = Client(
        settings.WECHAT_APP_ID, settings.WECHAT_APP_SECRET, timeout=15, auto_retry=False
    )
    client.API_BASE_URL = settings.WECHAT_API_BASE_URL.rstrip("/") + "/"
    return client


def _cover_png() -> bytes:
    """A plain cover image: the draft API requires a cover, and the article may have none we own."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (900, 383), (0x57, 0x6B, 0x95)).save(buffer, format="PNG")
    return buffer.getvalue()


def _error_message(error) -> str:
    errcode = getattr(error, "errcode", None)
    if errcode in (40001, 40125, 40164, 41004, 42001, 40014):
        return _(
            "WeChat refused the account's credentials (error %(code)s: %(message)s). "
            "Check WECHAT_APP_ID and WECHAT_APP_SECRET, and that this server's address is "
            "on the account's IP allowlist."
        ) % {"code": errcode, "message": error.errmsg}
    if errcode == 45009:
        return _("WeChat's daily limit for this account has been reached. Try again tomorrow.")
    if errcode is not None:
        return _("WeChat refused the draft (error %(code)s: %(message)s).") % {
            "code": errcode,
            "message": error.errmsg,
        }
    return _("The WeChat API could not be reached or answered with an error: %(error)s") % {
        "error": error
    }


def wechat_push_draft(*, export: WeChatExport, client=None) -> str:
    """Add the article to the account's draft box and return the draft's media_id.

    Each call creates a new draft.
    """
    from wechatpy.exceptions import WeChatException

    own_client = client is None
    if own_client:
        if not wechat_push_enabled():
            raise WeChatPushError(_("Pushing to WeChat is not configured."))
        client = wechat_client()
    try:
        cover = client.material.add("image", ("cover.png", io.BytesIO(_cover_png()), "image/png"))
        article = {
            "title": export.title,
            "author": export.author,
            "digest": export.digest,
            "content": export.html,
            "content_source_url": "",
            "thumb_media_id": cover["media_id"],
            "need_open_comment": 0,
            "only_fans_can_comment": 0,
        }
        result = client.post("draft/add", data={"articles": [article]})
    except (WeChatException, requests.RequestException) as error:
        raise WeChatPushError(_error_message(error)) from error
    except (KeyError, TypeError, ValueError) as error:
        raise WeChatPushError(
            _("The WeChat API gave an answer this site does not understand.")
        ) from error
    finally:
        if own_client:
            client._http.close()
    if not isinstance(result, dict) or not result.get("media_id"):
        raise WeChatPushError(_("The WeChat API gave an answer this site does not understand."))
    return result["media_id"]

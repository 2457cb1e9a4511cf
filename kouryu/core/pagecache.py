"""The page cache: anonymous public pages kept whole in the shared cache.

A page that an anonymous visitor asked for with GET is stored, after it has been rendered,
in Django's default cache (files under var/ by default, Redis through CACHE_URL in
production), so that every worker of the site serves it from there. Its key holds the
scheme, the host, the path with its language prefix and the query string, and the current
*generation*: a token in the same cache that any change of stored data replaces. Nothing
is looked for and deleted; after a change, every page is rendered afresh on its next
request, in every worker, and the old copies expire. See docs/decisions/0017-page-cache.md.

Never stored: responses for a logged-in visitor or one with a session or pending messages,
anything but a 200 to a GET, responses that set cookies or the session, that use a CSP
nonce, that say private/no-cache/no-store, streamed responses, and the paths of
``PAGE_CACHE_EXCLUDED_PATHS`` (the admin, logins, the API) and of every app's
``PRIVATE_PATHS`` hook (the portal), and any page with a CSRF token (a form that posts).
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model, signals
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags

from kouryu.core import hooks, requestcache

GENERATION_KEY = "kouryu:pagecache:generation"
# Headers that belong to one response and are never replayed from the cache.
NOT_REPLAYED = {"set-cookie", "date", "expires"}
# Request headers that change what a page answers at the same address.
VARY_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-History-Restore-Request")
# The cookie in which Django's messages wait for an anonymous visitor.
MESSAGES_COOKIE = "messages"


def page_cache_seconds() -> int:
    """How long a stored page is kept at most (PAGE_CACHE_SECONDS; 0 turns the cache off)."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 600))


def generation() -> str:
    """The current generation; a new one begins when the cache has lost it. Read once per
    request (the page, the frame's parts and the registry's counts share it); a change made
    by the request itself forgets it (changed())."""
    return requestcache.memo(("pagecache-generation",), _generation_read)


def _generation_read() -> str:
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        current = cache.get(GENERATION_KEY) or "0"
    return current


# What is kept for a generation changes only through saves, which start a new one; the
# time only lets an unused generation's copies go.
GENERATION_KEPT_SECONDS = 60 * 60


def kept_for_generation[T](name: str, compute: Callable[[], T]) -> T:
    """``compute()`` kept in the shared cache until the data changes (the next generation):
    for facts that many pages show and any save may change (the frame's parts, the
    registry's counts). ``name`` says what it is, with whatever it depends on (language,
    country)."""
    key = f"kouryu:kept:{generation()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, GENERATION_KEPT_SECONDS)
    return found


def changed() -> None:
    """Stored data that pages show has changed: every page is rendered afresh from now on.

    A new generation begins at once, and again when the transaction commits: a request
    that read the old data before the commit may have stored its page under the first
    one. Bulk updates (QuerySet.update, bulk_create, raw SQL), which send no signals,
    call this themselves.
    """
    _new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_new_generation)


def _new_generation() -> None:
    requestcache.forget()  # what this request read before the change, the generation too
    cache.set(GENERATION_KEY, secrets.token_hex(8), None)


# Which saves leave every public page as it was: sessions, login records, queued tasks, log
# entries, drafts and image renditions made while a page is rendered. Other apps add
# models (app label or "app_label.model") through PAGE_CACHE_IGNORED_MODELS.
ALWAYS_IGNORED = (
    "sessions",
    "admin",
    "axes",
    "account",
    "mfa",
    "django_tasks_database",
    "crontask",
    "contenttypes",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pageviewrestriction",
    "wagtailimages.rendition",
    "wagtailadmin.editingsession",
    "wagtailusers.userprofile",
    "core.throttlehit",
    "core.outboundemail",
)


@memoize
def _ignored(model: type[Model]) -> bool:
    """Whether the model's rows never show on a public page. An app says so of its own
    models with ``page_cache_ignored_models`` on its AppConfig (model names, or "*")."""
    # Logins (last_login) and accounts: no public page names a login.
    user_model = settings.AUTH_USER_MODEL.lower()
    names = (*ALWAYS_IGNORED, user_model, *getattr(settings, "PAGE_CACHE_IGNORED_MODELS", ()))
    meta = model._meta
    own = getattr(meta.app_config, "page_cache_ignored_models", ())
    if "*" in own or meta.model_name in own:
        return True
    return meta.app_label in names or meta.label_lower in names


def _on_change(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # loading fixtures
        return
    if not _ignored(sender):
        changed()


def connect_signals() -> None:
    """Every save, deletion and many-to-many change of a model that pages may show."""
    for signal in (signals.post_save, signals.post_delete, signals.m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"kouryu.pagecache.{id(signal)}")
    # Wagtail moves a subtree with bulk updates; the page_* signals cover what they skip.
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_wagtail_change, dispatch_uid=f"kouryu.pagecache.{id(signal)}")


def _on_wagtail_change(sender, **kwargs) -> None:
    changed()


@memoize
def _excluded() -> re.Pattern:
    languages = "|".join(re.escape(code) for code, _ in settings.LANGUAGES)
    prefixes = (
        *getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", ()),
        *hooks.private_paths().never_cached,
    )
    paths = "|".join(re.escape(prefix) for prefix in prefixes)
    return re.compile(rf"^/(?:(?:{languages})/)?(?:{paths})")


def _may_use_cache(request: HttpRequest) -> bool:
    """Only anonymous GET/HEAD requests without a session, pending messages or a preview."""
    if page_cache_seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not _excluded().match(request.path)


def _key(request: HttpRequest, generation_token: str) -> str:
    # htmx asks the same address for a part of the page (the registry's results).
    parts = "|".join(request.headers.get(name, "") for name in VARY_HEADERS)
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{parts}"
    digest = hashlib.sha256(where.encode()).hexdigest()
    return f"kouryu:page:{generation_token}:{digest}"


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or request.method != "GET":
        return False
    if response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-cache", "no-store")):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    storage = getattr(request, "_messages", None)
    if storage is not None and (storage._queued_messages or storage.used):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token: a form that posts
    nonce = getattr(request, "_csp_nonce", None)
    return not nonce  # a LazyNonce is true once it has been used


def _headers(response: HttpResponse) -> list[tuple[str, str]]:
    return [(name, value) for name, value in response.items() if name.lower() not in NOT_REPLAYED]


def _mark_public(response: HttpResponse, etag: str) -> None:
    """Let a proxy in front keep the page for a few seconds, and browsers ask again with
    the ETag each time (a 304 then costs one cache read)."""
    response["ETag"] = etag
    patch_cache_control(
        response,
        public=True,
        max_age=0,
        s_maxage=int(getattr(settings, "PAGE_CACHE_PROXY_SECONDS", 10)),
    )


def _not_modified(request: HttpRequest, etag: str) -> bool:
    wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
    return "*" in wanted or etag in wanted or etag.removeprefix("W/") in wanted


class PageCacheMiddleware:
    """Serve and store whole anonymous pages; see the module's docstring.

    It sits below the session, CSRF, authentication and messages middleware (so that a
    fresh CSRF token can be put into a stored form) and above the CSP and frame-options
    middleware (whose headers are stored with the page).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _may_use_cache(request):
            return self.get_response(request)
        token = generation()
        key = _key(request, token)
        entry = cache.get(key)
        if entry is not None:
            return self._replay(request, entry)
        response = self.get_response(request)
        if _storable(request, response):
            self._store(request, response, key)
        return response

    def _store(self, request: HttpRequest, response: HttpResponse, key: str) -> None:
        body = response.content
        etag = f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"'
        _mark_public(response, etag)
        entry = {"body": body, "headers": _headers(response), "etag": etag}
        cache.set(key, entry, _timeout(response))

    def _replay(self, request: HttpRequest, entry: dict) -> HttpResponse:
        etag = entry["etag"]
        if _not_modified(request, etag):
            response: HttpResponse = HttpResponseNotModified()
            _mark_public(response, etag)
            return response
        body = entry["body"]
        response = HttpResponse(b"" if request.method == "HEAD" else body)
        for name, value in entry["headers"]:
            response[name] = value
        response["Content-Length"] = str(len(body))
        return response


def _timeout(response: HttpResponse) -> int:
    seconds = page_cache_seconds()
    until = getattr(response, "page_cache_seconds", None)
    return seconds if until is None else max(1, min(seconds, int(until)))


def keep_page_for(response: HttpResponse, seconds: float) -> HttpResponse:
    """Keep this page in the cache no longer than `seconds`: it changes by itself then
    (an event that starts, a registration that closes), without any save."""
    response.page_cache_seconds = seconds  # type: ignore[attr-defined]
    return response

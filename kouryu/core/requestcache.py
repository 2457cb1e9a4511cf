"""Facts read once per request: the site's locales, the office's snippets, the frame's parts.

A page asks for the same few rows many times (the active locale in every selector, the
office in the header, the footer and the page itself). ``memo(key, compute)`` keeps each
answer for the rest of the request; outside a request (tasks, commands, the shell) it
computes every time. Any save or deletion that the page cache hears of (kouryu.core
.pagecache.changed) forgets everything kept, so a request that writes then reads sees its
own write.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

_store: ContextVar[dict | None] = ContextVar("kouryu_request_cache", default=None)


class RequestCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with scope():
            return self.get_response(request)


@contextmanager
def scope() -> Iterator[None]:
    """What is memoised inside lasts until the end of the block (a request, a test)."""
    token = _store.set({})
    try:
        yield
    finally:
        _store.reset(token)


def memo[T](key: tuple, compute: Callable[[], T]) -> T:
    store = _store.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


def forget() -> None:
    store = _store.get()
    if store:
        store.clear()

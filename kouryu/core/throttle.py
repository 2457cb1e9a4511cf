"""Rate limits kept in the database, so that every worker of the site counts the same.

    if not throttle_allow("newsletter-client", client_key(request), limit=10, per=HOUR):
        ...refuse...

A limit counts hits of one scope and key within a sliding window. Keys are hashed with
the site's secret, so neither addresses nor IPs are stored. ``throttle_prune`` (a daily
task) removes hits older than any window.
"""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kouryu.core.models import ThrottleHit

MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)
KEEP = datetime.timedelta(days=2)
GLOBAL = "*"


def _hashed(key: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), key.encode(), hashlib.sha256).hexdigest()


def throttle_count(scope: str, key: str, *, per: datetime.timedelta) -> int:
    since = timezone.now() - per
    return ThrottleHit.objects.filter(scope=scope, key=_hashed(key), created_at__gt=since).count()


def throttle_allow(scope: str, key: str, *, limit: int, per: datetime.timedelta) -> bool:
    """Count one hit and say whether it is within ``limit`` hits per ``per``.

    A refused hit is not counted, so that waiting is enough to be allowed again.
    """
    with transaction.atomic():
        if throttle_count(scope, key, per=per) >= limit:
            return False
        ThrottleHit.objects.create(scope=scope, key=_hashed(key), created_at=timezone.now())
    return True


def throttle_prune(*, older_than: datetime.timedelta = KEEP) -> int:
    deleted, _ = ThrottleHit.objects.filter(created_at__lt=timezone.now() - older_than).delete()
    return deleted


def client_key(request) -> str:
    """The client a request comes from, as the login lockout sees it (axes' resolution)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or "unknown"


def mailbox_key(email: str) -> str:
    """One key for the variants of a mailbox: case, and +tags in the local part
    (reader+1@example.org and Reader+x@Example.org are reader@example.org)."""
    local, _, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"

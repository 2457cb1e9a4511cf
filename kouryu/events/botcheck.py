"""The bot check on the registration form, served by the site itself.

With JavaScript, the ALTCHA widget (vendored in static/events/vendor/altcha) solves a
proof-of-work challenge that the server signed; without it, the form asks a small sum.
The server accepts either, once: a solved challenge or a question is good for one form.
"""

import datetime
import secrets

from altcha import ChallengeOptionsV1, create_challenge_v1, verify_solution_v1
from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

VALID_FOR = datetime.timedelta(minutes=30)
# About 0.1–0.5 s in a browser; a bot sending thousands of forms pays for each.
MAX_NUMBER = 80_000
QUESTION_SALT = "kouryu.events.question"


def _key() -> str:
    return salted_hmac("kouryu.events.altcha", "challenge", algorithm="sha256").hexdigest()


def challenge_new() -> dict:
    challenge = create_challenge_v1(
        ChallengeOptionsV1(
            hmac_key=_key(),
            max_number=MAX_NUMBER,
            expires=timezone.now() + VALID_FOR,
        )
    )
    return challenge.to_dict()


def widget_strings() -> dict[str, str]:
    """The widget's own words, in the reader's language."""
    return {
        "label": _("I am not a program"),
        "verified": _("Checked"),
        "verifying": _("Checking…"),
        "error": _("The check failed. Please answer the sum below instead."),
        "expired": _("The check has expired. Please try again."),
        "waitAlert": _("Checking… please wait a moment."),
        "ariaLinkLabel": _("About the check (ALTCHA)"),
        "footer": "",
    }


def question_new() -> tuple[int, int, str]:
    """Two small numbers to add, and the signed token that carries their sum."""
    a, b = secrets.randbelow(8) + 2, secrets.randbelow(8) + 2
    token = signing.TimestampSigner(salt=QUESTION_SALT).sign(f"{a + b}.{secrets.token_hex(8)}")
    return a, b, token


def _once(name: str) -> bool:
    """True the first time ``name`` is seen within the validity window."""
    return cache.add(f"events:botcheck:{name}", 1, timeout=int(VALID_FOR.total_seconds()) + 60)


def altcha_passes(payload: str) -> bool:
    if not payload or len(payload) > 4000:
        return False
    ok, _error = verify_solution_v1(payload, _key(), check_expires=True)
    return bool(ok) and _once("altcha:" + payload[-64:])


def question_passes(token: str, answer: str) -> bool:
    if not token or not answer or len(token) > 200:
        return False
    try:
        value = signing.TimestampSigner(salt=QUESTION_SALT).unsign(token, max_age=VALID_FOR)
    except signing.BadSignature:
        return False
    expected, nonce = value.split(".", 1)
    given = answer.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return given == expected and _once("question:" + nonce)


def botcheck_passes(*, altcha: str = "", token: str = "", answer: str = "") -> bool:
    return altcha_passes(altcha) or question_passes(token, answer)

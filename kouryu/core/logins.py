"""How a login attempt names its account, for the lockout (django-axes)."""

from django.contrib.auth import get_user_model


def login_attempt_username(request, credentials=None) -> str:
    """The account a login attempt names: the same key whether its username or its email
    address was typed (``ehime`` and ``ehime@example.jp`` lock the one account).

    allauth passes the account as ``username`` or ``email`` depending on what was typed,
    and the form has its own ``login`` field. A name that matches no account is its own
    key, lower-cased, so that guesses are still counted.
    """
    credentials = credentials or {}
    typed = credentials.get("username") or credentials.get("email")
    if not typed and request is not None:
        typed = request.POST.get("login", "")
    typed = (typed or "").strip().lower()
    if not typed:
        return ""
    pk = _account_pk(typed)
    return f"account:{pk}" if pk is not None else typed


def _account_pk(typed: str) -> int | None:
    if "@" in typed:
        from allauth.account.utils import filter_users_by_email

        users = filter_users_by_email(typed)
    else:
        users = list(get_user_model()._default_manager.filter(username__iexact=typed)[:2])
    return users[0].pk if len(users) == 1 else None

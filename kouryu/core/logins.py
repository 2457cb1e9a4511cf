"""How a login attempt names its account, for the lockout (django-axes)."""


def login_attempt_username(request, credentials=None) -> str:
    """The name or address typed into the login form, lower-cased.

    allauth passes the account as ``username`` or ``email`` depending on what was typed;
    both, and the form's own ``login`` field, name the same account for the lockout.
    """
    credentials = credentials or {}
    typed = credentials.get("username") or credentials.get("email")
    if not typed and request is not None:
        typed = request.POST.get("login", "")
    return (typed or "").strip().lower()

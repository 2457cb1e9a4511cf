"""Small views the whole site shares."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


def admin_login_redirect(request, *, to: str):
    """Wagtail's login and password-reset addresses, sent on to the site's own (allauth)."""
    target = reverse(to)
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{target}?{urlencode({'next': next_url})}")

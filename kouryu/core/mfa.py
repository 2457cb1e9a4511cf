"""Staff work in the admin only with a second factor (TOTP through allauth's MFA)."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


def needs_second_factor(user) -> bool:
    """Whether this user must set up TOTP before using the admin.

    Everyone who may enter the admin needs it; the demo logins are exempt only while
    DJANGO_DEBUG is on (settings.KOURYU_MFA_EXEMPT_USERNAMES is empty otherwise).
    """
    from allauth.mfa.utils import is_mfa_enabled

    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return False
    if settings.DEBUG and user.get_username() in settings.KOURYU_MFA_EXEMPT_USERNAMES:
        return False
    return not is_mfa_enabled(user)


class StaffTwoFactorMiddleware:
    """Send a staff member without a second factor to set one up before the admin opens.

    allauth asks for the code at every login once TOTP is active, so a login without
    it never reaches the admin.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and needs_second_factor(request.user):
            messages.warning(
                request,
                _(
                    "Staff must use two-factor authentication in the admin. "
                    "Set up an authenticator app to continue."
                ),
            )
            target = reverse("mfa_activate_totp")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

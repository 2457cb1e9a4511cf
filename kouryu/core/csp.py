"""Content-Security-Policy for the staff admin, which still relies on inline code."""

from django.conf import settings


class AdminContentSecurityPolicyMiddleware:
    """Give admin responses ADMIN_CSP; public pages keep the strict SECURE_CSP.

    Listed after Django's CSP middleware, so it runs first on the way out and the
    CSP middleware then builds the header from the config set here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response._csp_config = settings.ADMIN_CSP
        return response

"""The read API at /api/v1/: the registry, the gazetteer and statistics, described by OpenAPI.

Mounted outside the language prefix. Labels and messages follow the request's
language (Accept-Language), as the pages do; place names come in all three.
"""

from django.urls import path, reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Router
from ninja.errors import HttpError
from ninja.renderers import JSONRenderer

from kouryu.partnerships.api import router as partnerships_router
from kouryu.places.api import router as places_router


class UnicodeJSONRenderer(JSONRenderer):
    # Names stay readable in the response (神戸, not \u795e\u6238); JSON is UTF-8 anyway.
    json_dumps_params = {"ensure_ascii": False}


class RegistryAPI(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        # LocaleMiddleware answers a 404 outside the language prefix with a redirect to
        # /ja/<path> whenever that path resolves, and under /ja/ Wagtail resolves every
        # path: a JSON 404 would turn into a redirect to an HTML page. Middleware reads
        # the URLconf from request.urlconf when a request has one; this module's holds
        # no language-prefixed patterns, so the API's answers reach the client as sent.
        request.urlconf = __name__
        return super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )


api = RegistryAPI(
    title="Kouryu registry API",
    version="1",
    description="Read-only: Japan's partnerships with places abroad, the gazetteer of "
    "Japanese and Chinese places, and statistics. The OpenAPI document is openapi.json.",
    urls_namespace="api-v1",
    # Ninja's Swagger page loads its scripts from a CDN unless "ninja" is an installed
    # app, and the site allows no third-party assets; the document itself is served.
    docs_url=None,
    renderer=UnicodeJSONRenderer(),
)
api.add_router("", partnerships_router)
api.add_router("", places_router)


@api.get("/", include_in_schema=False)
def index(request):
    return {
        "title": api.title,
        "version": api.version,
        "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
    }


# Last, so that it only catches what no operation answers: a JSON 404, not an HTML page.
unknown = Router()


@unknown.api_operation(
    ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"], "/{path:rest}", include_in_schema=False
)
def unknown_path(request, rest: str):
    raise HttpError(404, _("There is nothing at this address in the API."))


api.add_router("", unknown)

urlpatterns = [path("api/v1/", api.urls)]

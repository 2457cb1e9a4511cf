"""The read API at /api/v1/: the registry, the gazetteer and statistics, described by OpenAPI.

Mounted outside the language prefix. Labels and messages follow the request's
language (Accept-Language), as the pages do; place names come in all three.
"""

from django import forms
from django.core import validators
from django.core.signals import got_request_exception
from django.urls import path, reverse
from django.utils.log import log_response
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Router
from ninja.errors import HttpError
from ninja.renderers import JSONRenderer

from kouryu.partnerships.api import router as partnerships_router
from kouryu.places.api import router as places_router


class UnicodeJSONRenderer(JSONRenderer):
    # Names stay readable in the response (神戸, not \u795e\u6238); JSON is UTF-8 anyway.
    json_dumps_params = {"ensure_ascii": False}


def input_error_message(error: dict, value) -> str:
    """Django's wording of a parameter error, which Django's catalogues translate, so that
    the schema's checks speak the request's language as the public form's checks do;
    pydantic's own English message for anything else."""
    kind, ctx = error["type"], error.get("ctx") or {}
    text = str(value)[:100]
    if "\x00" in text:
        return str(validators.ProhibitNullCharactersValidator.message)
    if kind in ("int_parsing", "int_parsing_size", "int_from_float", "int_type"):
        return str(forms.IntegerField.default_error_messages["invalid"])
    if kind == "greater_than_equal":
        return str(validators.MinValueValidator.message) % {"limit_value": ctx["ge"]}
    if kind == "less_than_equal":
        return str(validators.MaxValueValidator.message) % {"limit_value": ctx["le"]}
    if kind in ("enum", "literal_error"):
        return str(forms.ChoiceField.default_error_messages["invalid_choice"]) % {"value": text}
    if kind == "string_too_long":
        return validators.MaxLengthValidator.message % {
            "limit_value": ctx["max_length"],
            "show_value": len(str(value)),
        }
    if kind == "string_too_short":
        return validators.MinLengthValidator.message % {
            "limit_value": ctx["min_length"],
            "show_value": len(str(value)),
        }
    if kind == "string_pattern_mismatch":
        return str(validators.RegexValidator.message)
    if kind == "missing":
        return str(forms.Field.default_error_messages["required"])
    return error["msg"]


def _parameter_schema(schema: dict) -> dict:
    """A parameter is either absent or has a value: a URL has no null. Pydantic writes an
    optional parameter as anyOf [its type, null]; the document gives just its type, so that
    a client (or schemathesis) never sends the text "null" for it."""
    variants = schema.get("anyOf")
    if not variants or {"type": "null"} not in variants:
        return schema
    outer = {k: v for k, v in schema.items() if k != "anyOf" and not (k == "default" and v is None)}
    rest = [v for v in variants if v != {"type": "null"}]
    return {**rest[0], **outer} if len(rest) == 1 else {**outer, "anyOf": rest}


class RegistryAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        document = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in document["paths"].values():
            for operation in operations.values():
                for parameter in operation.get("parameters", []):
                    parameter["schema"] = _parameter_schema(parameter["schema"])
        return document

    def validation_error_from_error_contexts(self, error_contexts):
        # Read the values before ninja drops them from the errors it returns.
        values = [
            error.get("input")
            for context in error_contexts
            for error in context.pydantic_validation_error.errors(include_url=False)
        ]
        result = super().validation_error_from_error_contexts(error_contexts)
        for error, value in zip(result.errors, values, strict=True):
            error["msg"] = input_error_message(error, value)
        return result

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


def server_error(request, exc):
    """What no handler answers: a JSON error, as every other answer of the API, not the
    site's HTML page. Reported as Django reports a view's exception (the log, and the
    got_request_exception signal, through which the test client raises it again)."""
    got_request_exception.send(sender=None, request=request)
    response = api.create_response(
        request, {"detail": _("The server could not answer this request.")}, status=500
    )
    log_response(
        "%s: %s",
        "Internal Server Error",
        request.path,
        response=response,
        request=request,
        exception=exc,
    )
    return response


api.add_exception_handler(Exception, server_error)
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

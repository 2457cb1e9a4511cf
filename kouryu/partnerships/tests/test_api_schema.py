"""The API answers as its OpenAPI document says: schemathesis sends every operation generated
requests, valid and invalid, through the WSGI application in-process, and fails on any 5xx,
on an undocumented status code or content type, and on a body that breaks its schema.

Bounded and deterministic, so that CI runs the same cases each time and quickly:
derandomised, a fixed number of examples per operation, and no example database (which
would be written into the repository).
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.api import api

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 50


# The document as the API serves it (the view returns exactly this). Loaded from the
# dictionary, not through a lazy fixture: schemathesis's from_fixture does not work
# with pytest 9.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema())


@pytest.fixture
def wsgi_app(db, settings):
    """The site's WSGI application, as a server runs it, inside the test's transaction."""
    # schemathesis's WSGI client sends Host: localhost.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    # Every request through the handler would close the database connection when it
    # ends, and with it the test's transaction (and its demo data): Django's own test
    # client disconnects the same receiver while it sends a request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        # Built here, under the test settings (static files served from the apps).
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Valid requests and invalid ones, which must get the documented 4xx.
schema.config.generation.update(modes=list(schemathesis.GenerationMode), deterministic=True)
# Each operation one test, with its own id ("GET /api/v1/partnerships" and so on), so that a
# parallel run sees six tests: under pytest 9.2, schemathesis's own parametrize() gives
# them one id. Each test is built as parametrize() builds it (the examples, coverage and
# fuzzing phases: boundary values, oversized ids, missing and malformed parameters),
# through schemathesis's builder, whose version uv.lock pins.
OPERATIONS = [
    (result.ok().method.upper(), result.ok().path) for result in schema.get_all_operations()
]


@pytest.mark.parametrize(
    ("method", "path"), OPERATIONS, ids=[f"{method} {path}" for method, path in OPERATIONS]
)
def test_api_answers_as_its_document_says(method, path, wsgi_app):
    def answers_as_documented(case):
        case.call_and_validate(checks=CHECKS, app=wsgi_app)

    build_operation_test(
        config=schema.config,
        operation=schema[path][method],
        test_func=answers_as_documented,
        given_kwargs={},
        feedback=FeedbackSources(),
        explicit_settings=settings(
            max_examples=EXAMPLES,
            derandomize=True,
            database=None,
            deadline=None,
            # One application and one transaction for all the examples of an operation.
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )()

"""The requests app's chapter of the staff manual, and the requester guide, in the reader's
language; the guide states the limits the portal enforces."""

import pytest
from django.urls import reverse
from django.utils import translation

from kouryu.cases.services import MAX_FILE_SIZE, MAX_FILES, REOPEN_DAYS
from kouryu.cases.tests.factories import staff_account

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ja", "自治体からの依頼に対応する"),
        ("zh-hans", "处理地方政府的委托"),
        ("en", "Handle a request from a local government"),
    ],
)
def test_the_staff_manual_has_the_requests_chapter_in_the_readers_language(
    client, language, heading
):
    client.force_login(staff_account().user)
    html = client.get("/admin/manual/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f"<h2>{heading}</h2>" in html
    # After the office's own chapters.
    assert html.index(heading) > html.index("<h2>", html.index("<h1>"))


@pytest.mark.parametrize(
    ("language", "heading", "limits"),
    [
        ("ja", "事務所への依頼の送り方", ["10MB", f"{MAX_FILES}件まで", f"{REOPEN_DAYS}日以内"]),
        ("zh-hans", "如何向事务所提出委托", ["10MB", f"最多{MAX_FILES}个", f"{REOPEN_DAYS}天内"]),
        (
            "en",
            "How to send a request to the office",
            ["10 MB", f"up to {MAX_FILES}", f"{REOPEN_DAYS} days"],
        ),
    ],
)
def test_the_requester_guide_is_open_to_everyone_and_states_the_limits(
    client, language, heading, limits
):
    assert MAX_FILE_SIZE == 10 * 1024 * 1024  # the guides say 10 MB
    with translation.override(language):
        url = reverse("cases:guide")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    for limit in limits:
        assert limit in html

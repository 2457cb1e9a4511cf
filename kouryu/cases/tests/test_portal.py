"""The requester's portal: joining, the request form, messages, files and reopening."""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from kouryu.cases.models import Case, Membership, Organisation, Status
from kouryu.cases.tests.factories import (
    OrganisationFactory,
    case_make,
    category,
    pdf_file,
    requester,
)
from kouryu.core.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _visit_form(**extra):
    return {
        "submission_key": str(uuid.uuid4()),
        "category": category("visit").pk,
        "title": "知事訪中団の訪問支援",
        "description": "公用車をお願いします。",
        "language": "ja",
        "visit_start": "2026-05-12",
        "visit_end": "2026-05-14",
        "cities": "北京",
        "delegates": "8",
        "car": "on",
        **extra,
    }


@pytest.mark.parametrize("language", ["ja", "zh-hans", "en"])
def test_the_portal_answers_in_each_language(client, homes, language):
    client.force_login(requester())
    page = client.get(f"/{language}/portal/")
    assert page.status_code == 200
    assert f'<html lang="{language}">' in page.text.lower()
    assert reverse("cases:new") in page.text


def test_a_visit_request_with_an_attachment(client, homes):
    client.force_login(requester())
    response = client.post(reverse("cases:new"), {**_visit_form(), "files": [pdf_file()]})
    case = Case.objects.get()
    assert response.url == reverse("cases:case", args=[case.pk])
    assert (case.delegates, case.cities, case.car) == (8, "北京", True)
    assert case.messages.get().attachments.get().name == "plan.pdf"
    page = client.get(response.url)
    assert "知事訪中団の訪問支援" in page.text and "plan.pdf" in page.text


def test_a_visit_request_without_its_dates_is_refused(client, homes):
    client.force_login(requester())
    form = _visit_form(visit_start="", delegates="")
    with translation.override("en"):  # the English portal's messages
        response = client.post(reverse("cases:new"), form)
    assert response.status_code == 200
    assert "This category needs this field." in response.text
    assert not Case.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("visit_start", "0001-01-01"),
        ("visit_end", "9999-12-31"),
        ("visit_start", "2020-01-01"),
    ],
)
def test_a_visit_date_far_away_is_refused_with_a_message(client, homes, field, value):
    client.force_login(requester())
    with translation.override("en"):
        response = client.post(reverse("cases:new"), _visit_form(**{field: value}))
    assert response.status_code == 200
    assert "Give a date between" in response.text
    assert not Case.objects.exists()


def test_a_research_deadline_far_away_is_refused(client, homes):
    client.force_login(requester())
    form = {
        **_visit_form(category=category("research").pk, research_question="柑橘類の輸入規制"),
        "research_deadline": "9999-12-31",
    }
    with translation.override("en"):
        response = client.post(reverse("cases:new"), form)
    assert "Give a date between" in response.text
    assert not Case.objects.exists()


def test_a_disguised_file_is_refused_with_a_message(client, homes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(requester())
    fake = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00", "application/pdf")
    with translation.override("en"):
        response = client.post(reverse("cases:new"), {**_visit_form(), "files": [fake]})
    assert response.status_code == 200
    assert "is not the kind of file its name says" in response.text
    assert not Case.objects.exists()


def test_a_double_submit_makes_one_case(client, homes):
    client.force_login(requester())
    form = _visit_form()
    first = client.post(reverse("cases:new"), form)
    second = client.post(reverse("cases:new"), form)
    assert Case.objects.count() == 1
    assert first.url == second.url


def test_the_requester_adds_a_message_and_a_file(client, homes):
    user = requester()
    case = case_make(user)
    client.force_login(user)
    response = client.post(
        reverse("cases:message", args=[case.pk]),
        {"body": "名簿です", "files": [pdf_file("list.pdf")], "submission_key": uuid.uuid4()},
    )
    assert response.status_code == 302
    page = client.get(reverse("cases:case", args=[case.pk]))
    assert "名簿です" in page.text and "list.pdf" in page.text


def test_portal_pages_are_never_cached(client, homes):
    user = requester()
    case = case_make(user)
    client.force_login(user)
    for url in (reverse("cases:home"), reverse("cases:case", args=[case.pk]), reverse("cases:new")):
        cache = client.get(url)["Cache-Control"]
        assert {"private", "no-store"} <= {part.strip() for part in cache.split(",")}, url


def test_a_double_submitted_message_is_stored_once(client, homes):
    user = requester()
    case = case_make(user)
    client.force_login(user)
    form = {"body": "名簿です", "submission_key": str(uuid.uuid4())}
    url = reverse("cases:message", args=[case.pk])
    assert client.post(url, form).status_code == 302
    assert client.post(url, form).status_code == 302
    assert case.messages.filter(body="名簿です").count() == 1


def test_a_form_without_its_key_says_so(client, homes):
    with translation.override("en"):  # the English portal's messages
        user = requester()
        case = case_make(user)
        client.force_login(user)
        message = client.post(reverse("cases:message", args=[case.pk]), {"body": "名簿です"})
        assert message.status_code == 400
        expired = "This form could not be read; reload the page and send it again."
        assert expired in message.text
        request = client.post(reverse("cases:new"), _visit_form(submission_key=""))
        assert request.status_code == 200 and expired in request.text
        assert Case.objects.count() == 1


def test_messages_are_limited_per_hour(client, homes):
    with translation.override("en"):  # the English portal's messages
        from kouryu.cases.views.public import MESSAGES_PER_HOUR

        user = requester()
        case = case_make(user)
        client.force_login(user)
        url = reverse("cases:message", args=[case.pk])
        for n in range(MESSAGES_PER_HOUR):
            client.post(url, {"body": f"追記 {n}", "submission_key": str(uuid.uuid4())})
        refused = client.post(url, {"body": "もう一通", "submission_key": str(uuid.uuid4())})
        assert refused.status_code == 400
        assert "Too many messages in one hour" in refused.text
        assert case.messages.count() == 1 + MESSAGES_PER_HOUR


def test_a_resolved_case_is_reopened_from_its_page(client, homes):
    user = requester()
    case = case_make(user)
    Case.objects.filter(pk=case.pk).update(status=Status.RESOLVED, resolved_at=timezone.now())
    client.force_login(user)
    with translation.override("en"):
        page = reverse("cases:case", args=[case.pk])
        assert "Reopen the request" in client.get(page).text
        client.post(reverse("cases:reopen", args=[case.pk]))
        assert Case.objects.get(pk=case.pk).status == Status.REOPENED
        history = client.get(page).text
    assert "reopened" in history


def test_joining_an_organisation_waits_for_approval(client, homes):
    organisation = OrganisationFactory(name_ja="愛媛県")
    user = UserFactory()
    client.force_login(user)
    with translation.override("en"):
        page = client.get(reverse("cases:join"))
        assert "愛媛県" in page.text
        client.post(reverse("cases:join"), {"organisation": organisation.pk})
        membership = Membership.objects.get(user=user)
        assert membership.status == Membership.Status.PENDING
        assert "approval" in client.get(reverse("cases:home")).text


def test_proposing_a_new_organisation(client, homes):
    user = UserFactory()
    client.force_login(user)
    client.post("/zh-hans" + reverse("cases:join")[3:], {"proposed_name": "大连市外事办公室"})
    organisation = Organisation.objects.get(name_zh="大连市外事办公室")
    assert not organisation.confirmed and organisation.proposed_by == user
    assert Membership.objects.get(user=user).language == "zh-hans"


def test_the_portal_is_in_the_public_navigation(client, homes):
    page = client.get("/ja/")
    assert reverse("cases:home") in page.text

"""Logins: failed attempts lock out the account and the client; staff need a second factor."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS
from kouryu.core.tests.factories import PASSWORD, StaffUserFactory, UserFactory, second_factor_add

pytestmark = pytest.mark.django_db

LOGIN = "/ja/accounts/login/"


def login(client, username, password, ip="203.0.113.5"):
    return client.post(LOGIN, {"login": username, "password": password}, REMOTE_ADDR=ip)


def current_code(secret: str) -> str:
    counter = list(yield_hotp_counters_from_time())[len(list(yield_hotp_counters_from_time())) // 2]
    return format_hotp_value(hotp_value(secret, counter))


def test_thirty_wrong_passwords_lock_the_account(client, settings):
    user = UserFactory()
    responses = [login(client, user.username, f"wrong-{n}") for n in range(30)]
    answers = [response.status_code for response in responses]
    # The first failures are answered with the form again; then the account is locked.
    limit = settings.AXES_FAILURE_LIMIT
    assert set(answers[: limit - 1]) == {200}
    assert set(answers[limit - 1 :]) == {429}
    assert "ログインの失敗が続いた" in responses[limit].content.decode()
    response = login(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_follows_the_account_from_another_network(client, settings):
    user = UserFactory()
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, user.username, "wrong", ip=f"198.51.100.{n}")
    assert login(client, user.username, PASSWORD, ip="192.0.2.77").status_code == 429


def test_the_lockout_follows_the_client_across_accounts(client, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, f"guess{n}", "wrong", ip="203.0.113.9")
    other = UserFactory()
    assert login(client, other.username, PASSWORD, ip="203.0.113.9").status_code == 429
    # Someone else, elsewhere, still logs in.
    assert login(client, other.username, PASSWORD, ip="192.0.2.10").status_code == 302


def test_a_right_password_before_the_limit_logs_in(client):
    user = UserFactory()
    login(client, user.username, "wrong")
    response = login(client, user.username, PASSWORD)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_wagtails_own_login_sends_staff_to_the_site_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # An address on another host is never a destination.
    response = client.get("/admin/login/?next=https://evil.example/")
    assert "evil.example" not in response["Location"]
    # The admin itself sends anonymous visitors to the same login.
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_without_a_second_factor_are_sent_to_set_one_up(client):
    user = StaffUserFactory(group=EDITORS, second_factor=False)
    client.force_login(user)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    # Pages outside the admin are not affected.
    assert client.get("/ja/accounts/2fa/").status_code == 200


def test_a_staff_login_asks_for_the_code_and_refuses_a_wrong_one(client):
    user = StaffUserFactory(group=OFFICE_MANAGERS, second_factor=False)
    secret = second_factor_add(user)
    response = login(client, user.username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get("/admin/").status_code == 200


def test_a_recovery_code_stands_in_for_the_authenticator(client):
    user = StaffUserFactory(group=OFFICE_MANAGERS)
    recovery = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    code = RecoveryCodes(recovery).get_unused_codes()[0]
    login(client, user.username, PASSWORD)
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("debug", [False, True])
def test_demo_logins_skip_the_second_factor_only_in_debug(client, settings, debug):
    settings.DEBUG = debug
    settings.KOURYU_MFA_EXEMPT_USERNAMES = ["manager"]
    user = StaffUserFactory(username="manager", group=OFFICE_MANAGERS, second_factor=False)
    client.force_login(user)
    response = client.get("/admin/")
    assert (response.status_code == 200) is debug


def test_the_lockout_counts_the_account_whether_its_name_or_address_was_typed(client, settings):
    user = UserFactory()
    typed = [user.username, user.email, user.email.upper()]
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, typed[n % len(typed)], "wrong", ip=f"198.51.100.{n}")
    # Locked by name and by address alike, from anywhere.
    assert login(client, user.username, PASSWORD, ip="192.0.2.77").status_code == 429
    assert login(client, user.email, PASSWORD, ip="192.0.2.78").status_code == 429

"""The demo site loads once, and the staff groups grant what each role needs."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from wagtail.models import Page

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.core.tests.factories import StaffUserFactory
from kouryu.offices.models import StaffMember
from kouryu.website.models import HomePage

pytestmark = pytest.mark.django_db


def test_demo_has_every_page_in_three_languages():
    assert HomePage.objects.count() == 3
    assert Page.objects.live().filter(depth=3).count() == 7 * 3  # five site pages, news, reports
    assert StaffMember.objects.count() == 7 * 3


def test_loading_the_demo_again_duplicates_nothing():
    before = (Page.objects.count(), StaffMember.objects.count(), Group.objects.count())
    out = io.StringIO()
    call_command("setup_site", "--demo", stdout=out)
    assert "not loaded again" in out.getvalue()
    assert (Page.objects.count(), StaffMember.objects.count(), Group.objects.count()) == before


def _user_in(group_name):
    user = StaffUserFactory(username=f"u-{group_name}", group=group_name)
    return User.objects.get(pk=user.pk)


@pytest.mark.parametrize(
    ("group", "can_publish", "can_delete_staff", "can_edit_staff"),
    [
        (OFFICE_MANAGERS, True, True, True),
        (STAFF, True, False, True),
        (EDITORS, False, False, False),
    ],
)
def test_group_permissions(group, can_publish, can_delete_staff, can_edit_staff):
    user = _user_in(group)
    home = HomePage.objects.first()
    perms = home.permissions_for_user(user)
    assert perms.can_edit()
    assert perms.can_publish() is can_publish
    assert user.has_perm("wagtailadmin.access_admin")
    assert user.has_perm("offices.delete_staffmember") is can_delete_staff
    assert user.has_perm("offices.change_staffmember") is can_edit_staff
    # Staff keep the registry (import included) and send the newsletter; editors only look.
    assert user.has_perm("partnerships.add_partnership") is can_edit_staff
    assert user.has_perm("publishing.change_edition") is can_edit_staff
    assert user.has_perm("partnerships.view_partnership")


def test_editor_can_log_in_to_the_admin(client):
    client.force_login(_user_in(EDITORS))
    assert client.get("/admin/").status_code == 200

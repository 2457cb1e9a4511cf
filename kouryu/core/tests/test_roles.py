"""What each staff group may open in the admin's settings and newsletter, and the superuser."""

import pytest
from django.contrib.auth import get_user_model

from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.core.tests.factories import PASSWORD, StaffUserFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()

# (address, managers, staff, editors): True where the group may open the page.
MATRIX = [
    ("/admin/users/", True, False, False),
    ("/admin/users/new/", True, False, False),
    ("/admin/groups/", False, False, False),
    ("/admin/groups/new/", False, False, False),
    ("/admin/sites/", False, False, False),
    ("/admin/locales/", True, False, False),
    ("/admin/redirects/", True, True, False),
    ("/admin/workflows/list/", False, False, False),
    ("/admin/snippets/publishing/subscriber/", True, True, False),
    ("/admin/snippets/publishing/edition/", True, True, False),
    ("/admin/newsletter/compose/", True, True, False),
]
GROUPS = [OFFICE_MANAGERS, STAFF, EDITORS]


def denied(response) -> bool:
    # Wagtail answers a page the user may not open with a redirect to the dashboard.
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.parametrize("row", MATRIX, ids=[row[0] for row in MATRIX])
def test_role_matrix(client, row):
    path, *allowed_by_group = row
    for group, allowed in zip(GROUPS, allowed_by_group, strict=True):
        client.force_login(StaffUserFactory(group=group))
        response = client.get(path)
        assert (response.status_code == 200) is allowed, (group, path, response.status_code)
        if not allowed:
            assert denied(response), (group, path, response.status_code)


def test_subscribers_are_not_listed_for_editors(client):
    from kouryu.publishing.models import Subscriber

    Subscriber.objects.create(email="reader@example.org", language="ja", status="confirmed")
    client.force_login(StaffUserFactory(group=EDITORS))
    for path in ("/admin/snippets/publishing/subscriber/", "/admin/newsletter/compose/"):
        assert "reader@example.org" not in client.get(path, follow=True).content.decode()
    editor = User.objects.get(groups__name=EDITORS)
    assert not editor.has_perm("publishing.view_subscriber")


@pytest.fixture
def manager(client):
    user = StaffUserFactory(group=OFFICE_MANAGERS)
    client.force_login(user)
    return user


def test_a_manager_cannot_create_a_superuser(client, manager):
    form = client.get("/admin/users/new/").content.decode()
    assert 'name="is_superuser"' not in form
    response = client.post(
        "/admin/users/new/",
        {
            "username": "mallory",
            "email": "mallory@example.org",
            "first_name": "M",
            "last_name": "X",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    created = User.objects.get(username="mallory")
    assert not created.is_superuser


def test_a_manager_cannot_edit_a_superuser_or_set_their_password(client, manager):
    admin = SuperuserFactory(username="root")
    before = User.objects.get(pk=admin.pk).password
    assert denied(client.get(f"/admin/users/edit/{admin.pk}/"))
    response = client.post(
        f"/admin/users/edit/{admin.pk}/",
        {
            "username": "root",
            "email": "root@example.org",
            "password1": "taken-over-123456",
            "password2": "taken-over-123456",
            "is_active": "on",
        },
    )
    assert denied(response)
    assert User.objects.get(pk=admin.pk).password == before
    assert denied(client.post(f"/admin/users/delete/{admin.pk}/"))
    assert User.objects.filter(pk=admin.pk).exists()


def test_a_manager_cannot_make_a_colleague_superuser(client, manager):
    colleague = StaffUserFactory(group=STAFF)
    response = client.post(
        f"/admin/users/edit/{colleague.pk}/",
        {
            "username": colleague.username,
            "email": colleague.email,
            "first_name": "Colleague",
            "last_name": "Staff",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert not User.objects.get(pk=colleague.pk).is_superuser


def test_a_manager_offers_only_the_office_groups(client, manager):
    from django.contrib.auth.models import Group

    Group.objects.get_or_create(name="Everything")
    form = client.get("/admin/users/new/").content.decode()
    for name in GROUPS:
        assert name in form
    assert "Everything" not in form


def test_a_superuser_can_grant_superuser_status(client):
    client.force_login(SuperuserFactory(username="root"))
    colleague = StaffUserFactory(group=STAFF)
    form = client.get(f"/admin/users/edit/{colleague.pk}/").content.decode()
    assert 'name="is_superuser"' in form
    client.post(
        f"/admin/users/edit/{colleague.pk}/",
        {
            "username": colleague.username,
            "email": colleague.email,
            "first_name": "Colleague",
            "last_name": "Staff",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert User.objects.get(pk=colleague.pk).is_superuser


def test_django_admin_is_not_served(client):
    client.force_login(SuperuserFactory(username="root"))
    assert client.get("/django-admin/", follow=True).status_code == 404


def test_no_staff_role_needs_is_staff(client):
    for group in GROUPS:
        user = StaffUserFactory(group=group)
        assert not user.is_staff
        client.force_login(user)
        assert client.get("/admin/").status_code == 200


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
def test_group_permissions(homes, group, can_publish, can_delete_staff, can_edit_staff):
    """The staff manual's table ("Who can do what"), row by row."""
    from kouryu.website.tests.factories import StandardPageFactory

    user = _user_in(group)
    home = homes["ja"]
    perms = home.permissions_for_user(user)
    assert perms.can_edit()
    assert perms.can_publish() is can_publish
    # Pages: approve (managers and staff), delete (managers only), even one's own draft.
    draft = StandardPageFactory(parent=home, live=False, owner=user)
    assert draft.permissions_for_user(user).can_delete() is (group == OFFICE_MANAGERS)
    task = draft.get_workflow().workflow_tasks.first().task.specific
    # The approvers may open a submitted page; the others find it locked while it waits.
    assert task.user_can_access_editor(draft, user) is can_publish
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

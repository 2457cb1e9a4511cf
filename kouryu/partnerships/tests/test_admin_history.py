"""A partnership's history in the admin compares two versions of the record."""

import datetime

import pytest
from django.urls import reverse

from kouryu.partnerships.services import partnership_save
from kouryu.partnerships.tests.factories import PartnershipFactory

pytestmark = pytest.mark.django_db


def test_history_compares_two_versions(client, admin_user):
    """Also for changes made by an import, which saves through partnership_save."""
    partnership = PartnershipFactory()
    partnership_save(partnership=partnership, user=admin_user, created=True)
    first = partnership.latest_revision
    partnership.agreed_on = datetime.date(1973, 6, 25)
    partnership.background_ja = "提携の経緯を追記。"
    partnership_save(partnership=partnership, user=admin_user, created=False)
    second = partnership.latest_revision
    client.force_login(admin_user)
    viewset = partnership.snippet_viewset
    history = client.get(reverse(viewset.get_url_name("history"), args=[partnership.pk]))
    compare = reverse(
        viewset.get_url_name("revisions_compare"), args=[partnership.pk, first.pk, second.pk]
    )
    assert compare in history.content.decode()
    page = client.get(compare).content.decode()
    assert "1973" in page and "提携の経緯を追記。" in page

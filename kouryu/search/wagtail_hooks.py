"""The staff search in the admin menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kouryu.search.views import staff


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("site-search/", staff.SearchView.as_view(), name="kouryu_search_staff")]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(_("Site search"), reverse("kouryu_search_staff"), icon_name="search", order=150)

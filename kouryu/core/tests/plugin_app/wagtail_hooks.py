from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kouryu.core.hooks import GROUP_PERMISSIONS, NAV, SITEMAPS, NavItem
from kouryu.core.permissions import STAFF


class NoticeSitemap(Sitemap):
    i18n = True

    def items(self):
        return ["plugin_app:notices"]

    def location(self, name):
        return reverse(name)


@hooks.register(NAV)
def nav():
    return [NavItem(label="Notices", url_name="plugin_app:notices", order=900)]


@hooks.register(SITEMAPS)
def sitemaps():
    return {"notices": NoticeSitemap}


@hooks.register(GROUP_PERMISSIONS)
def permissions():
    return {STAFF: {"plugin_app": ["add", "change", "view"]}}


@hooks.register("register_admin_menu_item")
def menu_item():
    return MenuItem("Notices", "/admin/", icon_name="doc-full", order=990)

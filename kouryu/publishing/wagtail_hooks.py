"""Publishing in the admin: categories, and the translation status report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kouryu.publishing.models import Category
from kouryu.publishing.views import staff


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    menu_order = 230
    add_to_settings_menu = False
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(CategoryViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translations/", staff.translation_report, name="publishing_translation_report"
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("publishing_translation_report"),
        icon_name="globe",
        order=700,
    )


# WeChat export ---------------------------------------------------------------

from wagtail.admin import widgets as wagtailadmin_widgets  # noqa: E402

from kouryu.publishing.views import wechat as wechat_views  # noqa: E402
from kouryu.publishing.wechat import wechat_page_has_body  # noqa: E402


@hooks.register("register_admin_urls")
def register_wechat_urls():
    return [
        path(
            "publishing/wechat/<int:page_id>/",
            wechat_views.wechat_export,
            name="publishing_wechat_export",
        ),
        path(
            "publishing/wechat/<int:page_id>/push/",
            wechat_views.wechat_push,
            name="publishing_wechat_push",
        ),
    ]


def _wechat_button(page, user, priority):
    if page.is_root() or not wechat_page_has_body(page):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield wagtailadmin_widgets.Button(
        _("WeChat export"),
        reverse("publishing_wechat_export", args=[page.pk]),
        icon_name="doc-full",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def wechat_page_header_button(page, user, view_name, next_url=None):
    yield from _wechat_button(page, user, priority=90)


@hooks.register("register_page_listing_more_buttons")
def wechat_page_listing_button(page, user, next_url=None):
    yield from _wechat_button(page, user, priority=90)

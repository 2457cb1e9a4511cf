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

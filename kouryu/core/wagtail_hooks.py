"""The platform's own admin pages: outgoing emails, for the staff who answer for them."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kouryu.core.models import OutboundEmail


class OutboundEmailPolicy(ModelPermissionPolicy):
    """A record of what was sent: looked at, never written in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(OutboundEmail, OutboundEmailPolicy(OutboundEmail))


class OutboundEmailViewSet(SnippetViewSet):
    model = OutboundEmail
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_settings_menu = True
    menu_order = 900
    list_display = ["subject", "to", "language", "category", "status", "attempts", "created_at"]
    list_filter = ["status", "category", "language"]
    search_fields = ["to", "subject", "reference"]
    inspect_view_enabled = True
    copy_view_enabled = False


register_snippet(OutboundEmailViewSet)


@require_POST
def email_send_again(request, email_id):
    if not request.user.has_perm("core.view_outboundemail"):
        raise PermissionDenied
    from kouryu.core.tasks import email_send_task

    email = get_object_or_404(OutboundEmail, pk=email_id)
    if email.status == OutboundEmail.Status.FAILED:
        OutboundEmail.objects.filter(pk=email.pk).update(
            status=OutboundEmail.Status.PENDING, attempts=0
        )
        email_send_task.enqueue(email.pk)
        messages.success(request, _("The email will be sent again."))
    return redirect("wagtailsnippets_core_outboundemail:list")


@hooks.register("register_admin_urls")
def register_email_urls():
    return [
        path("emails/<int:email_id>/send-again/", email_send_again, name="core_email_send_again")
    ]


@hooks.register("register_snippet_listing_buttons")
def email_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, OutboundEmail) and snippet.status == OutboundEmail.Status.FAILED:
        yield wagtailadmin_widgets.Button(
            _("Send again"),
            reverse("core_email_send_again", args=[snippet.pk]),
            icon_name="redirect",
            priority=10,
            # Wagtail's action controller turns the link into a POST with the CSRF token.
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": reverse("core_email_send_again", args=[snippet.pk]),
            },
        )


@hooks.register("before_delete_page")
def refuse_page_deletion(request, page):
    """Only office managers delete pages, whatever the page model (kouryu.core.pages)."""
    from kouryu.core.permissions import may_delete_pages

    if not may_delete_pages(request.user):
        messages.error(request, _("Only office managers may delete pages."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_page_deletion(request, action_type, objects, action_class_instance):
    from kouryu.core.permissions import may_delete_pages

    is_pages = bool(objects) and hasattr(objects[0], "get_url_parts")
    if action_type == "delete" and is_pages and not may_delete_pages(request.user):
        messages.error(request, _("Only office managers may delete pages."))
        return redirect("wagtailadmin_home")
    return None


# The dashboard and help -------------------------------------------------------

from wagtail.admin.menu import MenuItem  # noqa: E402

from kouryu.core import dashboard  # noqa: E402
from kouryu.core import hooks as hooks_seam  # noqa: E402
from kouryu.core.hooks import DASHBOARD  # noqa: E402
from kouryu.core.views import staff_manual  # noqa: E402


@hooks.register("construct_homepage_panels")
def attention_panel(request, panels):
    # Wagtail's release notice points to its English guide; help is the office's manual.
    panels[:] = [p for p in panels if getattr(p, "name", "") != "whats_new_in_wagtail_version"]
    panels.insert(0, dashboard.AttentionPanel())


hooks.register(DASHBOARD, dashboard.submissions_waiting)
hooks.register(DASHBOARD, dashboard.pages_scheduled)


@hooks.register("register_admin_urls")
def register_manual_url():
    return [path("manual/", staff_manual, name="core_manual")]


@hooks.register("register_help_menu_item")
def manual_menu_item():
    return MenuItem(_("Staff manual"), reverse("core_manual"), icon_name="help", order=900)


@hooks.register("construct_help_menu")
def help_menu_is_the_offices(request, menu_items):
    # Wagtail's own guide and release notes are in English, on wagtail.org.
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in ("editor-guide",) and not item.name.startswith("whats-new")
    ]


@hooks.register(hooks_seam.DEMO, order=1000)
def demo_translations_linked(out):
    """Last of the demo: its pages and data, written in three languages, become synced
    translations of the Japanese originals, with nothing left to translate."""
    from kouryu.core.translation import translations_link_all

    out.write(f"Translations linked: {translations_link_all()} originals.")

"""Publishing in the admin: categories, and the translation status report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from kouryu.core.hooks import DEMO, GROUP_PERMISSIONS
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.publishing.models import Category, TagName
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


class TagNameCreateView(CreateView):
    """Opened from the dashboard with ?tag=<id>: the tag is already chosen."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance() or TagName()
        tag_id = self.request.GET.get("tag", "")
        if tag_id.isdigit() and Tag.objects.filter(pk=tag_id).exists():
            instance.tag_id = int(tag_id)
        return instance


class TagNameViewSet(SnippetViewSet):
    model = TagName
    add_view_class = TagNameCreateView
    icon = "tag"
    menu_label = _("Tag names")
    menu_order = 231
    add_to_settings_menu = False
    add_to_admin_menu = True
    list_display = ["tag", "name_zh_hans", "name_en"]
    search_fields = ["tag__name", "name_zh_hans", "name_en"]


register_snippet(TagNameViewSet)


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


# Newsletter ------------------------------------------------------------------

from django.db.models import Count, Q  # noqa: E402
from wagtail.admin.ui.tables import Column  # noqa: E402
from wagtail.admin.widgets import HeaderButton  # noqa: E402
from wagtail.permission_policies import ModelPermissionPolicy  # noqa: E402
from wagtail.permissions import register_permission_policy  # noqa: E402
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView  # noqa: E402
from wagtail.snippets.views.snippets import SnippetViewSetGroup  # noqa: E402

from kouryu.publishing.models import Delivery, Edition, Subscriber  # noqa: E402
from kouryu.publishing.views import newsletter_staff  # noqa: E402


class EditionPermissionPolicy(ModelPermissionPolicy):
    """Once queued, an edition is a record of what was sent: no more edits or deletion."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete") and instance.status != Edition.Status.DRAFT:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    """Subscribers sign themselves up and out; staff can look, and delete on request."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


register_permission_policy(Edition, EditionPermissionPolicy(Edition))
register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber))


class EditionIndexView(SnippetIndexView):
    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(newsletter_staff.PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Compose from recent items"),
                    url=reverse("publishing_newsletter_compose"),
                    icon_name="mail",
                )
            )
        return buttons


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "mail"
    menu_label = _("Editions")
    index_view_class = EditionIndexView
    list_display = [
        "__str__",
        Column("status", label=_("status"), accessor="get_status_display"),
        Column("progress", label=_("progress"), accessor="progress"),
        "queued_at",
        "finished_at",
    ]
    list_filter = ["status"]

    def get_queryset(self, request):
        return Edition.objects.annotate(
            total_count=Count("deliveries"),
            sent_count=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT)),
        )


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    list_display = ["email", "language", "status", "created_at"]
    list_filter = ["status", "language"]
    inspect_view_enabled = True
    copy_view_enabled = False


class NewsletterViewSetGroup(SnippetViewSetGroup):
    items = (EditionViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = _("Newsletter")
    menu_name = "newsletter"
    menu_order = 240


register_snippet(NewsletterViewSetGroup)


@hooks.register("register_admin_urls")
def register_newsletter_urls():
    return [
        path(
            "newsletter/compose/",
            newsletter_staff.compose,
            name="publishing_newsletter_compose",
        ),
        path(
            "newsletter/<int:edition_id>/send/",
            newsletter_staff.send,
            name="publishing_newsletter_send",
        ),
        path(
            "newsletter/<int:edition_id>/preview/<str:language>/",
            newsletter_staff.preview,
            name="publishing_newsletter_preview",
        ),
        path(
            "newsletter/<int:edition_id>/test/",
            newsletter_staff.send_test,
            name="publishing_newsletter_test",
        ),
        path(
            "newsletter/<int:edition_id>/progress/",
            newsletter_staff.progress,
            name="publishing_newsletter_progress",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def newsletter_edition_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Edition) or not user.has_perm(newsletter_staff.PERMISSION):
        return
    if snippet.status == Edition.Status.DRAFT:
        yield wagtailadmin_widgets.Button(
            pgettext_lazy("newsletter", "Send"),
            reverse("publishing_newsletter_send", args=[snippet.pk]),
            icon_name="mail",
            priority=10,
        )
    else:
        yield wagtailadmin_widgets.Button(
            _("Progress"),
            reverse("publishing_newsletter_progress", args=[snippet.pk]),
            icon_name="time",
            priority=10,
        )


@hooks.register(GROUP_PERMISSIONS)
def publishing_group_permissions():
    # Editors choose categories; the newsletter, with its subscribers' addresses (personal
    # data), is for the roles that send it.
    return {
        OFFICE_MANAGERS: {"publishing": ["add", "change", "delete", "view"]},
        STAFF: {"publishing": ["add", "change", "view"]},
        EDITORS: {"publishing": ["view_category"]},
    }


@hooks.register(DEMO, order=30)
def publishing_demo(out):
    from kouryu.publishing.demo.loader import publishing_demo_load

    if publishing_demo_load():
        out.write("Demo news and research reports loaded in ja, zh-hans and en.")


# The dashboard ------------------------------------------------------------------

from kouryu.core.hooks import DASHBOARD, AttentionItem  # noqa: E402
from kouryu.publishing.selectors import (  # noqa: E402
    CURRENT,
    tags_without_names,
    translation_status,
)


@hooks.register(DASHBOARD)
def translations_needing_work(request):
    _locales, rows = translation_status(only_needing_work=True)
    cells = [(row, cell) for row in rows for cell in row.cells if cell.status != CURRENT]
    return [
        AttentionItem(
            label=_("Translations missing or out of date"),
            count=len(cells),
            url=reverse("publishing_translation_report") + "?open=1",
            order=30,
            examples=tuple(
                (f"{row.title} ({cell.label})", cell.edit_url or row.edit_url)
                for row, cell in cells[:5]
            ),
        )
    ]


@hooks.register(DASHBOARD)
def tags_needing_names(request):
    if not request.user.has_perm("publishing.add_tagname"):
        return []
    tags = tags_without_names()
    return [
        AttentionItem(
            label=_("Tags without a Chinese or English name"),
            count=len(tags),
            url=reverse(TagName.snippet_viewset.get_url_name("add")),
            order=35,
            examples=tuple(
                (
                    tag.name,
                    reverse(TagName.snippet_viewset.get_url_name("edit"), args=[tag.names.pk]),
                )
                if hasattr(tag, "names")
                else (
                    tag.name,
                    reverse(TagName.snippet_viewset.get_url_name("add")) + f"?tag={tag.pk}",
                )
                for tag in tags[:5]
            ),
        )
    ]


@hooks.register(DASHBOARD)
def editions_in_progress(request):
    if not request.user.has_perm(newsletter_staff.PERMISSION):
        return []
    editions = Edition.objects.exclude(status=Edition.Status.SENT).order_by("-pk")
    return [
        AttentionItem(
            label=_("Newsletter editions not yet sent"),
            count=editions.count(),
            url=reverse(Edition.snippet_viewset.get_url_name("list")),
            order=70,
            examples=tuple(
                (
                    f"{edition.subject_ja} ({edition.get_status_display()})",
                    reverse(Edition.snippet_viewset.get_url_name("edit"), args=[edition.pk]),
                )
                for edition in editions[:5]
            ),
        )
    ]

"""What the requests app brings to the site: the portal's menu entry, the staff pages in
the admin, the staff groups' rights, the categories, the demo and the dashboard items."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets
from wagtail.admin.admin_url_finder import ModelAdminURLFinder, register_admin_url_finder
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kouryu.cases.models import Case, Category, Membership, Organisation, RoutingRule
from kouryu.core.choosers import PermissionCheckedChooserViewSet
from kouryu.core.hooks import (
    DASHBOARD,
    DEMO,
    GROUP_PERMISSIONS,
    NAV,
    PRIVATE_PATHS,
    SEED,
    AttentionItem,
    NavItem,
    PrivatePaths,
)
from kouryu.core.permissions import OFFICE_MANAGERS, STAFF


@hooks.register(NAV)
def cases_nav():
    return [NavItem(label=_("Requests"), url_name="cases:home", order=900)]


@hooks.register(GROUP_PERMISSIONS)
def cases_group_permissions():
    # Editors publish content; requests hold officials' correspondence and are not theirs.
    return {
        OFFICE_MANAGERS: {"cases": ["add", "change", "delete", "view"]},
        STAFF: {"cases": ["add", "change", "view"]},
    }


@hooks.register(SEED, order=30)
def cases_seed(out):
    from kouryu.cases.services import categories_ensure

    if categories_ensure():
        out.write("Request categories are in place.")


@hooks.register(DEMO, order=50)
def cases_demo(out):
    from kouryu.cases.demo import cases_demo_load

    if cases_demo_load():
        out.write("Demo requests loaded: Hyogo, Ehime and Tianjin, with logins (DEBUG only).")


@hooks.register(DASHBOARD)
def cases_dashboard(request):
    from kouryu.cases import selectors

    if not selectors.is_case_staff(request.user):
        return []
    today = timezone.localdate()
    overdue = selectors.case_overdue(today=today).count()
    due_soon = selectors.case_due_soon(today=today).count()
    unassigned = selectors.case_list_for_staff(user=request.user, view="unassigned").count()
    return [
        AttentionItem(
            label=_("Overdue requests"),
            count=overdue,
            url=reverse("cases_staff_list", args=["overdue"]),
            order=100,
            urgent=overdue > 0,
        ),
        AttentionItem(
            label=_("Requests due within two days"),
            count=due_soon,
            url=reverse("cases_staff_list", args=["due_soon"]),
            order=110,
        ),
        AttentionItem(
            label=_("Unassigned requests"),
            count=unassigned,
            url=reverse("cases_staff_list", args=["unassigned"]),
            order=120,
        ),
    ]


@hooks.register("register_admin_urls")
def cases_admin_urls():
    from kouryu.cases.views import staff

    return [
        path("requests/<int:case_id>/", staff.case_detail, name="cases_staff_case"),
        path("requests/<int:case_id>/message/", staff.case_message, name="cases_staff_message"),
        path("requests/<int:case_id>/assign/", staff.case_assign, name="cases_staff_assign"),
        path(
            "requests/<int:case_id>/status/", staff.case_transition, name="cases_staff_transition"
        ),
        path("requests/list/<slug:view>/", staff.case_list, name="cases_staff_list"),
        path("requests/<int:case_id>/car/", staff.car_booking_add, name="cases_car_book"),
        path("requests/car/", staff.car_calendar, name="cases_car_calendar"),
        path(
            "requests/car/<int:booking_id>/cancel/",
            staff.car_booking_cancel,
            name="cases_car_cancel",
        ),
        path("requests/report/", staff.case_report, name="cases_report"),
        path("requests/report.csv", staff.case_report_csv, name="cases_report_csv"),
        path(
            "requests/memberships/<int:membership_id>/<slug:decision>/",
            staff.membership_decide,
            name="cases_membership_decide",
        ),
    ]


class CategoryViewSet(SnippetViewSet):
    chooser_viewset_class = PermissionCheckedChooserViewSet
    model = Category
    icon = "tag"
    menu_label = _("Request categories")
    list_display = ["slug", "name_ja", "first_response_days", "resolution_days", "calendar"]
    add_to_admin_menu = False


class RoutingRuleViewSet(SnippetViewSet):
    chooser_viewset_class = PermissionCheckedChooserViewSet
    model = RoutingRule
    icon = "redirect"
    list_display = ["priority", "category", "place", "region", "assignee", "active"]
    list_filter = ["active", "category", "region"]


class OrganisationViewSet(SnippetViewSet):
    chooser_viewset_class = PermissionCheckedChooserViewSet
    model = Organisation
    icon = "site"
    list_display = ["name_ja", "name_zh", "place", "confirmed"]
    list_filter = ["confirmed"]
    search_fields = ["name_ja", "name_zh", "name_en"]


class MembershipPermissionPolicy(ModelPermissionPolicy):
    """A login asks to join from the portal; staff never make a membership in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Membership, MembershipPermissionPolicy(Membership))


class MembershipViewSet(SnippetViewSet):
    chooser_viewset_class = PermissionCheckedChooserViewSet
    model = Membership
    icon = "user"
    # Who, which organisation and the state change only through the Approve, Refuse and
    # Has left actions (services), which check the organisation is confirmed.
    panels = [
        FieldPanel("user", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("status", read_only=True),
        FieldPanel("left_at", read_only=True),
        FieldPanel("language"),
    ]
    list_display = ["user", "organisation", "status", "requested_at", "left_at"]
    list_filter = ["status"]
    copy_view_enabled = False


for viewset in (CategoryViewSet, RoutingRuleViewSet, OrganisationViewSet, MembershipViewSet):
    register_snippet(viewset)


@hooks.register("register_snippet_listing_buttons")
def membership_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Membership) or not user.has_perm("cases.change_membership"):
        return
    if snippet.left_at is not None:
        return
    if snippet.status == Membership.Status.PENDING:
        yield wagtailadmin_widgets.Button(
            _("Approve"),
            reverse("cases_membership_decide", args=[snippet.pk, "approve"]),
            icon_name="check",
            priority=5,
            attrs={"data-controller": "w-action", "data-action": "w-action#post"},
        )
        yield wagtailadmin_widgets.Button(
            _("Refuse"),
            reverse("cases_membership_decide", args=[snippet.pk, "refuse"]),
            icon_name="cross",
            priority=6,
            attrs={"data-controller": "w-action", "data-action": "w-action#post"},
        )
    elif snippet.status == Membership.Status.APPROVED:
        yield wagtailadmin_widgets.Button(
            _("Has left"),
            reverse("cases_membership_decide", args=[snippet.pk, "end"]),
            icon_name="logout",
            priority=7,
            attrs={"data-controller": "w-action", "data-action": "w-action#post"},
        )


class CaseURLFinder(ModelAdminURLFinder):
    """Search hits and other admin links to a case open the staff case page."""

    def get_edit_url(self, instance):
        from kouryu.cases.selectors import is_case_staff

        if self.user is not None and not is_case_staff(self.user):
            return None
        return reverse("cases_staff_case", args=[instance.pk])


register_admin_url_finder(Case, CaseURLFinder)


class CaseMenuItem(MenuItem):
    def is_shown(self, request):
        from kouryu.cases.selectors import is_case_staff

        return is_case_staff(request.user)


class CarMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cases.view_carbooking")


class SnippetMenuItem(MenuItem):
    def __init__(self, label, model, perm, **kwargs):
        self.perm = perm
        super().__init__(label, reverse(f"wagtailsnippets_cases_{model}:list"), **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.perm)


@hooks.register("register_admin_menu_item")
def cases_menu():
    items = [
        CaseMenuItem(title, reverse("cases_staff_list", args=[view]), icon_name="mail", order=n)
        for n, (view, title) in enumerate(
            [
                ("mine", _("My requests")),
                ("unassigned", _("Unassigned")),
                ("overdue", _("Overdue")),
                ("all", _("All requests")),
            ]
        )
    ]
    items += [
        CaseMenuItem(_("Yearly report"), reverse("cases_report"), icon_name="table", order=6),
        CarMenuItem(_("Office car"), reverse("cases_car_calendar"), icon_name="date", order=5),
        SnippetMenuItem(_("Memberships"), "membership", "cases.change_membership", order=10),
        SnippetMenuItem(_("Organisations"), "organisation", "cases.change_organisation", order=11),
        SnippetMenuItem(_("Routing rules"), "routingrule", "cases.change_routingrule", order=12),
        SnippetMenuItem(_("Categories"), "category", "cases.change_category", order=13),
    ]
    return SubmenuMenuItem(_("Requests"), Menu(items=items), icon_name="mail", order=120)


@hooks.register(PRIVATE_PATHS)
def portal_private_paths():
    # A requester's own pages: never a shared copy, never crawled.
    return PrivatePaths(never_cached=("portal/",), not_crawled=("portal/",))

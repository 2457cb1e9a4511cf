"""Admin menu for the office's data: organisation, offices, lines of work, staff, figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kouryu.core.choosers import PermissionCheckedChooserViewSet
from kouryu.core.hooks import DEMO, GROUP_PERMISSIONS
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.offices.models import (
    Office,
    Organisation,
    PublishedFigure,
    SecondingBody,
    StaffAccount,
    StaffMember,
    WorkArea,
)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "head_office", "founded_on"]


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "globe"
    list_display = ["name", "city", "country", "is_this_office"]
    search_fields = ["name", "city"]
    search_backend_name = None


class WorkAreaViewSet(SnippetViewSet):
    model = WorkArea
    icon = "list-ol"
    list_display = ["number", "title"]


class StaffMemberViewSet(SnippetViewSet):
    model = StaffMember
    icon = "group"
    list_display = ["full_name", "role", "started_on"]
    search_fields = ["family_name", "given_name", "role"]
    # In the database: Wagtail's index does not hold these fields (the site search does).
    search_backend_name = None


class SecondingBodyViewSet(SnippetViewSet):
    model = SecondingBody
    icon = "home"
    list_display = ["name", "kind"]


class PublishedFigureViewSet(SnippetViewSet):
    model = PublishedFigure
    icon = "table"
    list_display = ["label", "value", "unit", "as_of"]


class StaffAccountViewSet(SnippetViewSet):
    # Which login is which staff member: the office's business, not editors'.
    chooser_viewset_class = PermissionCheckedChooserViewSet
    model = StaffAccount
    icon = "key"
    list_display = ["user", "member"]
    copy_view_enabled = False


class OfficeGroup(SnippetViewSetGroup):
    menu_label = _("Office")
    menu_icon = "globe"
    menu_order = 200
    items = (
        OrganisationViewSet,
        OfficeViewSet,
        WorkAreaViewSet,
        StaffMemberViewSet,
        SecondingBodyViewSet,
        PublishedFigureViewSet,
        StaffAccountViewSet,
    )


register_snippet(OfficeGroup)


@hooks.register(GROUP_PERMISSIONS)
def offices_group_permissions():
    return {
        OFFICE_MANAGERS: {"offices": ["add", "change", "delete", "view"]},
        STAFF: {"offices": ["add", "change", "view"]},
        # Editors read the office's data for their pages, but not which login is whose.
        EDITORS: {
            "offices": [
                f"view_{model}"
                for model in (
                    "organisation",
                    "office",
                    "workarea",
                    "staffmember",
                    "secondingbody",
                    "publishedfigure",
                )
            ]
        },
    }


@hooks.register(DEMO, order=10)
def offices_demo(out):
    from kouryu.offices.demo.loader import offices_demo_load

    if offices_demo_load():
        out.write("Demo office data loaded: the organisation, offices, staff and figures.")

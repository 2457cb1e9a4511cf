"""What the events app brings to the site: the menu entry, the staff pages in the admin,
the staff groups' rights, the demo and the dashboard items."""

from dataclasses import dataclass

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kouryu.core.hooks import (
    DASHBOARD,
    DEMO,
    GROUP_PERMISSIONS,
    NAV,
    SITEMAPS,
    AttentionItem,
    NavItem,
)
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.events.models import EventKind, EventPage


@dataclass(frozen=True)
class EventsNavItem(NavItem):
    """The menu entry leads to the events page in the reader's language, wherever staff
    put it in the page tree."""

    @property
    def url(self) -> str:
        from kouryu.events.selectors import event_index_url

        return event_index_url()


@hooks.register(NAV)
def events_nav():
    return [EventsNavItem(label=_("Events"), url_name="", order=700)]


@hooks.register(SITEMAPS)
def events_sitemaps():
    from kouryu.events.sitemaps import PastEventsSitemap

    return {"events-past": PastEventsSitemap}


@hooks.register(GROUP_PERMISSIONS)
def events_group_permissions():
    # Editors write event pages and choose a kind; registrants' personal data is for the
    # roles that run events.
    return {
        OFFICE_MANAGERS: {"events": ["add", "change", "delete", "view", "checkin_registration"]},
        STAFF: {"events": ["add", "change", "view", "checkin_registration"]},
        EDITORS: {"events": ["view_eventkind"]},
    }


@hooks.register(DEMO, order=35)
def events_demo(out):
    from kouryu.events.demo import events_demo_load

    if events_demo_load():
        out.write("Demo events loaded: a seminar, a cooking event, a tourism fair, a JET session.")


@hooks.register(DASHBOARD)
def events_dashboard(request):
    if not request.user.has_perm("events.view_registration"):
        return []
    from kouryu.events.models import Attendee

    now = timezone.now()
    waiting = (
        EventPage.objects.filter(locale__language_code="ja", ends_at__gte=now)
        .filter(
            translation_key__in=Attendee.objects.filter(status=Attendee.Status.WAITLISTED).values(
                "roster__event_key"
            )
        )
        .order_by("starts_at")
    )
    today = EventPage.objects.filter(
        locale__language_code="ja",
        starts_at__lte=now + timezone.timedelta(hours=12),
        ends_at__gte=now,
    )
    return [
        AttentionItem(
            label=_("Events with a waiting list"),
            count=waiting.count(),
            url=reverse("events_list"),
            order=300,
            examples=tuple(
                (e.title, reverse("events_registrants", args=[e.pk])) for e in waiting[:3]
            ),
        ),
        AttentionItem(
            label=_("Events with check-in today"),
            count=today.count(),
            url=reverse("events_checkin_choose"),
            order=310,
            urgent=True,
            examples=tuple((e.title, reverse("events_checkin", args=[e.pk])) for e in today[:3]),
        ),
    ]


@hooks.register("register_admin_urls")
def events_admin_urls():
    from kouryu.events.views import staff

    return [
        path("events/", staff.event_list, name="events_list"),
        path("events/<int:page_id>/registrants/", staff.registrants, name="events_registrants"),
        path(
            "events/<int:page_id>/registrants.csv",
            staff.registrants_csv,
            name="events_registrants_csv",
        ),
        path(
            "events/<int:page_id>/registrants.xlsx",
            staff.registrants_xlsx,
            name="events_registrants_xlsx",
        ),
        path("events/<int:page_id>/message/", staff.message, name="events_message"),
        path("events/checkin/", staff.checkin_choose, name="events_checkin_choose"),
        path("events/<int:page_id>/checkin/", staff.checkin, name="events_checkin"),
        path("events/statistics/", staff.statistics, name="events_statistics"),
    ]


class EventKindViewSet(SnippetViewSet):
    model = EventKind
    icon = "list-ul"
    list_display = ["slug", "name_ja", "name_zh", "name_en", "keep_days"]
    add_to_admin_menu = False


register_snippet(EventKindViewSet)


class PermMenuItem(MenuItem):
    def __init__(self, *args, perm: str, **kwargs):
        self.perm = perm
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.perm)


@hooks.register("register_admin_menu_item")
def events_menu():
    items = [
        PermMenuItem(
            _("Registrations"),
            reverse("events_list"),
            icon_name="group",
            order=1,
            perm="events.view_registration",
        ),
        PermMenuItem(
            _("Check-in"),
            reverse("events_checkin_choose"),
            icon_name="tick",
            order=2,
            perm="events.checkin_registration",
        ),
        PermMenuItem(
            _("Statistics"),
            reverse("events_statistics"),
            icon_name="table",
            order=3,
            perm="events.view_registration",
        ),
        PermMenuItem(
            _("Event kinds"),
            reverse("wagtailsnippets_events_eventkind:list"),
            icon_name="list-ul",
            order=4,
            perm="events.change_eventkind",
        ),
    ]
    return SubmenuMenuItem(_("Events"), Menu(items=items), icon_name="date", order=130)


def _event_buttons(page, user, priority):
    if page.specific_class is not EventPage:
        return
    if user.has_perm("events.view_registration"):
        yield wagtailadmin_widgets.Button(
            _("Registrants"),
            reverse("events_registrants", args=[page.pk]),
            icon_name="group",
            priority=priority,
        )
    if user.has_perm("events.checkin_registration"):
        yield wagtailadmin_widgets.Button(
            _("Check-in"),
            reverse("events_checkin", args=[page.pk]),
            icon_name="tick",
            priority=priority + 1,
        )


@hooks.register("register_page_header_buttons")
def event_page_header_buttons(page, user, view_name, next_url=None):
    yield from _event_buttons(page, user, priority=60)


@hooks.register("register_page_listing_more_buttons")
def event_page_listing_buttons(page, user, next_url=None):
    yield from _event_buttons(page, user, priority=60)


@hooks.register("after_publish_page")
def event_seats_after_publish(request, page):
    """Seats added by staff go to the waiting list at once."""
    from kouryu.events import services

    if isinstance(page.specific, EventPage):
        services.waitlist_promote(event=page.specific)

"""The registry in the admin: partnerships as snippets with history, and the CSV import."""

from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from kouryu.core.hooks import (
    DEMO,
    GROUP_PERMISSIONS,
    LIVE_FIGURES,
    NAV,
    PRIVATE_PATHS,
    SITEMAPS,
    LiveFigure,
    NavItem,
    PrivatePaths,
)
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.partnerships.models import Partnership
from kouryu.partnerships.selectors import place_ids_matching
from kouryu.partnerships.views import staff


class PartnershipIndexView(IndexView):
    """The admin list's search reads names as the public registry does: 神户, 神戸, 神戶,
    Kobe and こうべ find the same records (the folding of kouryu.core.folding)."""

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        ids = place_ids_matching(self.search_query)
        return queryset.filter(Q(japan_side_id__in=ids) | Q(partner_id__in=ids))


class PartnershipViewSet(SnippetViewSet):
    index_view_class = PartnershipIndexView
    model = Partnership
    icon = "link"
    menu_label = _("Registry")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["__str__", "kind", "agreed_on", "status", "updated_at"]
    list_filter = ["kind", "status", "date_precision"]
    search_fields = [
        "japan_side__name_ja",
        "japan_side__name_en",
        "partner__name_zh",
        "partner__name_en",
    ]
    search_backend_name = None
    panels = [
        FieldRowPanel([FieldPanel("japan_side"), FieldPanel("partner")]),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("agreed_on"), FieldPanel("date_precision")]),
                FieldPanel("date_basis"),
            ],
            heading=_("Agreement date"),
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("ends_on")]),
        MultiFieldPanel(
            [FieldPanel("background_ja"), FieldPanel("background_zh"), FieldPanel("background_en")],
            heading=_("Background"),
        ),
        InlinePanel("sources", label=_("Sources"), min_num=1),
    ]


register_snippet(PartnershipViewSet)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("registry/import/", staff.import_upload, name="partnerships_import"),
        path(
            "registry/import/<uuid:token>/", staff.import_result, name="partnerships_import_result"
        ),
        path(
            "registry/import/<uuid:token>/status/",
            staff.import_status,
            name="partnerships_import_status",
        ),
        path(
            "registry/import/<uuid:token>/apply/",
            staff.import_apply,
            name="partnerships_import_apply",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("partnerships.add_partnership")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import partnerships"), reverse("partnerships_import"), icon_name="upload", order=211
    )


@hooks.register(GROUP_PERMISSIONS)
def partnerships_group_permissions():
    # Staff keep the registry, import included; editors only look.
    return {
        OFFICE_MANAGERS: {"partnerships": ["add", "change", "delete", "view"]},
        STAFF: {"partnerships": ["add", "change", "view"]},
        EDITORS: {"partnerships": ["view"]},
    }


@hooks.register(NAV)
def partnerships_nav():
    return [NavItem(label=_("Friendship cities"), url_name="partnerships:list", order=800)]


@hooks.register(LIVE_FIGURES)
def partnerships_live_figures():
    from django.urls import reverse

    from kouryu.offices.selectors import office_countries
    from kouryu.partnerships.models import Partnership

    partner = office_countries().partner
    if not partner:
        return []
    count = Partnership.objects.filter(partner__country__code=partner).count()
    return [
        LiveFigure(
            label=_("Partnerships in this site's registry"),
            value=count,
            unit=pgettext_lazy("partnerships counted", "partnerships"),
            url=reverse("partnerships:list"),
            note=_("The records the registry holds today; not an official total."),
            order=100,
        )
    ]


@hooks.register(SITEMAPS)
def partnerships_sitemaps():
    from kouryu.partnerships.sitemaps import PartnershipSitemap, PlaceSitemap, RegistrySitemap

    return {
        "registry": RegistrySitemap,
        "partnerships": PartnershipSitemap,
        "places": PlaceSitemap,
    }


@hooks.register(DEMO, order=40)
def partnerships_demo(out):
    from kouryu.partnerships.models import Partnership
    from kouryu.partnerships.services import partnerships_load_seed

    if Partnership.objects.exists():
        return
    for name, result in partnerships_load_seed().items():
        out.write(
            f"Registry seed {name}: {result.created} created, {result.updated} merged, "
            f"{len(result.skipped_lines)} rows skipped (names not resolved)."
        )


@hooks.register(PRIVATE_PATHS)
def registry_private_paths():
    # The exports repeat the list in other formats: crawlers read the pages.
    return PrivatePaths(not_crawled=("registry/export.",))

"""What the programme records bring to the site: their admin, menu entry, sitemap section,
the staff groups' rights and the demo."""

import django_filters
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from kouryu.core.hooks import (
    DASHBOARD,
    DEMO,
    GROUP_PERMISSIONS,
    NAV,
    SITEMAPS,
    AttentionItem,
    NavItem,
)
from kouryu.core.permissions import OFFICE_MANAGERS, STAFF
from kouryu.programmes.models import Participant, ProgrammeField, ProgrammeKind, ProgrammeRecord


def _year_choices():
    years = (
        ProgrammeRecord.objects.annotate(year=ExtractYear("starts_on"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, str(year)) for year in years]


class ProgrammeRecordFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("kind"), choices=ProgrammeKind.choices)
    field = django_filters.ChoiceFilter(label=_("field"), choices=ProgrammeField.choices)
    year = django_filters.ChoiceFilter(
        label=_("year"), choices=_year_choices, field_name="starts_on", lookup_expr="year"
    )

    class Meta:
        model = ProgrammeRecord
        fields = ["kind", "field"]


# Staff find a record by anyone's name, consent or not: the admin is theirs.
PEOPLE_SEARCH_FIELDS = [
    f"{part}_{code}"
    for part in ("family_name", "given_name", "organisation")
    for code in ("ja", "zh", "en")
]
RECORD_SEARCH_FIELDS = [
    "host_organisation_ja",
    "host_organisation_zh",
    "host_organisation_en",
    "host_place__name_ja",
    "host_place__name_zh",
    "host_place__name_en",
    "outcome_ja",
    "outcome_zh",
    "outcome_en",
]


class ProgrammeRecordIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("host_place")
            .annotate(people=Count("participants"))
        )

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        text = self.search_query
        people = Participant.objects.filter(record=OuterRef("pk")).filter(
            _any_contains(PEOPLE_SEARCH_FIELDS, text)
        )
        return queryset.filter(_any_contains(RECORD_SEARCH_FIELDS, text) | Exists(people))


def _any_contains(fields: list[str], text: str) -> Q:
    query = Q()
    for name in fields:
        query |= Q(**{f"{name}__icontains": text})
    return query


class ProgrammeRecordViewSet(SnippetViewSet):
    model = ProgrammeRecord
    index_view_class = ProgrammeRecordIndexView
    filterset_class = ProgrammeRecordFilterSet
    icon = "group"
    menu_label = _("Dispatches and trainees")
    menu_order = 215
    add_to_admin_menu = True
    list_display = [
        "starts_on",
        "kind",
        "field",
        Column("host_display", label=_("Host")),
        Column("people", label=_("Participants")),
        "ends_on",
        "updated_at",
    ]
    search_fields = RECORD_SEARCH_FIELDS
    search_backend_name = None
    ordering = ["-starts_on", "-pk"]
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("field")]),
        MultiFieldPanel(
            [
                FieldPanel("host_place"),
                FieldPanel("host_organisation_ja"),
                FieldPanel("host_organisation_zh"),
                FieldPanel("host_organisation_en"),
            ],
            heading=_("Host"),
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")),
        InlinePanel(
            "participants",
            label=_("Participants"),
            min_num=1,
            panels=[
                FieldRowPanel([FieldPanel("family_name_ja"), FieldPanel("given_name_ja")]),
                FieldRowPanel([FieldPanel("family_name_zh"), FieldPanel("given_name_zh")]),
                FieldRowPanel([FieldPanel("family_name_en"), FieldPanel("given_name_en")]),
                FieldRowPanel(
                    [
                        FieldPanel("organisation_ja"),
                        FieldPanel("organisation_zh"),
                        FieldPanel("organisation_en"),
                    ]
                ),
                FieldRowPanel(
                    [FieldPanel("title_ja"), FieldPanel("title_zh"), FieldPanel("title_en")]
                ),
                FieldRowPanel([FieldPanel("name_consent"), FieldPanel("name_consent_on")]),
            ],
        ),
        MultiFieldPanel(
            [FieldPanel("outcome_ja"), FieldPanel("outcome_zh"), FieldPanel("outcome_en")],
            heading=_("Outcome"),
        ),
    ]


register_snippet(ProgrammeRecordViewSet)


@hooks.register(GROUP_PERMISSIONS)
def programmes_group_permissions():
    # The records hold the names of people who have not agreed to be published: they are
    # kept by the office's managers and staff. Editors write pages, and see the public page.
    return {
        OFFICE_MANAGERS: {"programmes": ["add", "change", "delete", "view"]},
        STAFF: {"programmes": ["add", "change", "view"]},
    }


@hooks.register(NAV)
def programmes_nav():
    return [NavItem(label=_("Dispatches and trainees"), url_name="programmes:index", order=850)]


@hooks.register(SITEMAPS)
def programmes_sitemaps():
    from kouryu.programmes.sitemaps import ProgrammesSitemap

    return {"programmes": ProgrammesSitemap}


@hooks.register(DASHBOARD)
def programmes_dashboard(request):
    if not request.user.has_perm("programmes.change_programmerecord"):
        return []
    from kouryu.programmes.selectors import record_without_outcome

    records = record_without_outcome(today=timezone.localdate())
    viewset = ProgrammeRecord.snippet_viewset
    return [
        AttentionItem(
            label=_("Finished programmes without an outcome"),
            count=records.count(),
            url=reverse(viewset.get_url_name("list")),
            order=80,
            examples=tuple(
                (str(record), reverse(viewset.get_url_name("edit"), args=[record.pk]))
                for record in records[:5]
            ),
        )
    ]


@hooks.register(DEMO, order=60)
def programmes_demo(out):
    from kouryu.programmes.demo import programmes_demo_load

    count = programmes_demo_load()
    if count:
        out.write(f"Demo programme records loaded: {count}.")

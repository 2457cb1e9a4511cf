"""The gazetteer in the admin: searchable, so that record forms can choose a place."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kouryu.core.hooks import GROUP_PERMISSIONS, SEED
from kouryu.core.permissions import EDITORS, OFFICE_MANAGERS, STAFF
from kouryu.places.models import Place


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Places")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["__str__", "code", "kind", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name_ja", "name_zh", "name_en", "reading_kana", "code"]
    search_backend_name = None  # filter in the database; 6,000 places need no search index
    panels = [
        FieldRowPanel([FieldPanel("country"), FieldPanel("kind"), FieldPanel("code")]),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("name_ja"), FieldPanel("name_zh"), FieldPanel("name_en")]),
        FieldRowPanel(
            [FieldPanel("suffix"), FieldPanel("reading_kana"), FieldPanel("reading_pinyin")]
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]


register_snippet(PlaceViewSet)


@hooks.register(GROUP_PERMISSIONS)
def places_group_permissions():
    return {
        OFFICE_MANAGERS: {"places": ["add", "change", "delete", "view"]},
        STAFF: {"places": ["add", "change", "view"]},
        EDITORS: {"places": ["view"]},
    }


@hooks.register(SEED, order=10)
def places_seed(out):
    from kouryu.places.services import aliases_are_current, places_load

    report = places_load(only_if_empty=True)
    if not report.skipped:
        out.write(f"Gazetteer loaded: {report.places}.")
    elif not aliases_are_current():
        # The folding of CJK forms changed since the names were keyed: key them again.
        report = places_load()
        out.write(f"Gazetteer names keyed again: {report.aliases}.")

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
    from kouryu.places.services import aliases_are_current, others_are_current, places_load

    report = places_load(only_if_empty=True)
    if not report.skipped:
        out.write(f"Gazetteer loaded: {report.places}.")
    elif not aliases_are_current():
        # The folding of CJK forms changed since the names were keyed: key them again.
        report = places_load()
        out.write(f"Gazetteer names keyed again: {report.aliases}.")
        _search_in_step(report.changed_place_ids)
    elif not others_are_current():
        # The shipped file has new names for places abroad (their Japanese and Chinese).
        report = places_load()
        out.write(f"Gazetteer updated: places {report.places}; names {report.aliases}.")
        _search_in_step(report.changed_place_ids)


def _search_in_step(place_ids: set[int]) -> None:
    """Index again the places changed by a bulk load and every record that shows them
    (a partnership carries its places' names), past the signals that bulk writes skip."""
    if not place_ids:
        return
    from django.apps import apps

    if not apps.is_installed("kouryu.search"):
        return
    from django.db.models import Q

    from kouryu.search import registry
    from kouryu.search.services import entry_index

    ids = sorted(place_ids)
    for registration in registry.registrations():
        model = registration.model
        if issubclass(model, Place):
            match = Q(pk__in=ids)
        else:
            fields = [
                f.name
                for f in model._meta.get_fields()
                if f.many_to_one and f.related_model is Place and not f.auto_created
            ]
            if not fields:
                continue
            match = Q()
            for name in fields:
                match |= Q(**{f"{name}__in": ids})
        for obj in registration.queryset().filter(match).iterator(chunk_size=200):
            entry_index(obj)

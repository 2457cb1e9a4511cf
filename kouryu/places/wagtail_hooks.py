"""The gazetteer in the admin: searchable, so that record forms can choose a place."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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

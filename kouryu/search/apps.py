from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "kouryu.search"
    label = "kouryu_search"
    verbose_name = _("Search")

    def ready(self):
        from kouryu.search import receivers

        receivers.connect()

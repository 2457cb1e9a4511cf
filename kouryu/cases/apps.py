from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "kouryu.cases"
    label = "cases"
    verbose_name = _("Requests")
    # Requests never show on a public page: saving one leaves the page cache as it is.
    page_cache_ignored_models = ("*",)

    def ready(self):
        from kouryu.cases.search import register_with_search

        register_with_search()

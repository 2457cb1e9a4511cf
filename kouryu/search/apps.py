from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "kouryu.search"
    label = "kouryu_search"
    verbose_name = _("Search")

    def ready(self):
        from kouryu.search import receivers
        from kouryu.search.website_pages import register_website_pages

        register_website_pages()
        receivers.connect()

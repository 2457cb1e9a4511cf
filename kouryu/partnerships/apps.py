from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "kouryu.partnerships"
    label = "partnerships"
    verbose_name = _("Friendship-city registry")

    def ready(self):
        from kouryu.partnerships.search import register_with_search

        register_with_search()

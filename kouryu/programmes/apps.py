from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "kouryu.programmes"
    label = "programmes"
    verbose_name = _("Expert dispatches and trainees")

    def ready(self):
        from kouryu.programmes.search import register_with_search

        register_with_search()

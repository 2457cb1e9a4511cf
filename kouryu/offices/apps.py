from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "kouryu.offices"
    label = "offices"
    verbose_name = _("Offices and staff")

    def ready(self):
        from kouryu.offices import signals  # noqa: F401

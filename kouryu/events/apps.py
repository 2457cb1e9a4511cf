from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "kouryu.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from kouryu.events.search import register_with_search

        register_with_search()

        from kouryu.events.signals import connect

        connect()

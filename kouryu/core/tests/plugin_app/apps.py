"""A small feature app for the test of the seams: it plugs itself in and edits nothing else."""

from django.apps import AppConfig


class PluginAppConfig(AppConfig):
    name = "kouryu.core.tests.plugin_app"
    label = "plugin_app"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from kouryu.core.tests.plugin_app.models import Notice
        from kouryu.search import registry
        from kouryu.search.registry import Document, Presentation

        def extract(notice):
            return Document(title=notice.title, body=notice.text, language="", kind="notice")

        def present(object_ids, language):
            return {
                str(n.pk): Presentation(title=n.title, url=f"/{language}/notices/")
                for n in Notice.objects.filter(pk__in=object_ids)
            }

        registry.register(
            Notice, kind="notice", label="Notices", order=95, extract=extract, present=present
        )

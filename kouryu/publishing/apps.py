from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "kouryu.publishing"
    label = "publishing"
    verbose_name = _("Publishing")

    def ready(self):
        from kouryu.publishing.models import NewsPage, ReportPage
        from kouryu.search import registry
        from kouryu.search.pdf import document_text
        from kouryu.search.registry import join_text, page_search_text

        registry.register_page(
            NewsPage, kind="news", label=_("News"), order=20, date=lambda page: page.date
        )
        registry.register_page(
            ReportPage,
            kind="report",
            label=_("Reports"),
            order=30,
            date=lambda page: page.date,
            # A report's PDFs are searchable with its text.
            body=lambda page: join_text(
                [page_search_text(page), *map(document_text, page.documents())]
            ),
        )

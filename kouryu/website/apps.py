from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "kouryu.website"
    label = "website"
    verbose_name = _("Website")

    def ready(self):
        from kouryu.website.search import register_website_pages

        register_website_pages()

"""The project's URLs with the newsletter mounted at /<lang>/newsletter/, for the tests.

Used until config/urls.py mounts it; then it is simply the project's URLs."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLResolver, include, path

from config.urls import urlpatterns as project_urlpatterns


def _mounted(patterns) -> bool:
    for pattern in patterns:
        if isinstance(pattern, URLResolver) and (
            pattern.namespace == "newsletter" or _mounted(pattern.url_patterns)
        ):
            return True
    return False


urlpatterns = list(project_urlpatterns)
if not _mounted(urlpatterns):
    # Before the project's language patterns, whose last entry is Wagtail's catch-all.
    urlpatterns = (
        i18n_patterns(
            path("newsletter/", include("kouryu.publishing.newsletter_urls")),
            prefix_default_language=True,
        )
        + urlpatterns
    )

"""The project's URLs with the test app's added: the only URL edit an app needs."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = (
    i18n_patterns(path("notices/", include("kouryu.core.tests.plugin_app.urls")))
    + project_urlpatterns
)

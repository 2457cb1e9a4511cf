"""URL configuration: language-neutral endpoints first, then everything under /ja/, /zh-hans/, /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api
from kouryu.core.views import admin_login_redirect
from kouryu.website.sitemaps import robots_txt, sitemap_index, sitemap_section

urlpatterns = [
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap-section"),
    path("api/v1/", api.urls),
    # Staff log in through the same login as everyone (allauth: lockout, second factor);
    # Wagtail's own login and password reset would go round both.
    path("admin/login/", admin_login_redirect, {"to": "account_login"}),
    path("admin/password_reset/", admin_login_redirect, {"to": "account_reset_password"}),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("search/", include("kouryu.search.urls")),
    path("registry/", include("kouryu.partnerships.urls")),
    path("portal/", include("kouryu.cases.urls")),
    path("programmes/", include("kouryu.programmes.urls")),
    path("feeds/", include("kouryu.publishing.urls")),
    path("newsletter/", include("kouryu.publishing.newsletter_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

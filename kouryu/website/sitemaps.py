"""sitemap.xml: an index of sections, the site's pages and what each app registers
(the SITEMAPS hook), every address in every language with its hreflang alternates."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from kouryu.core import hooks
from kouryu.core.i18n import bcp47


class PageSitemap(Sitemap):
    """Live, public Wagtail pages; a page's translations are listed as its alternates."""

    def items(self):
        pages = list(
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("locale")
            .order_by("path")
        )
        self._translations = defaultdict(list)
        for page in pages:
            self._translations[page.translation_key].append(page)
        return pages

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        # Django's own page of a sitemap, with the hreflang alternates added to each URL.
        urls = super()._urls(page, protocol, domain)  # type: ignore[misc]
        for url in urls:
            page_ = url["item"]
            siblings = sorted(self._translations[page_.translation_key], key=lambda p: p.locale_id)
            if len(siblings) > 1:
                url["alternates"] = [
                    {
                        "lang_code": bcp47(p.locale.language_code),
                        "location": f"{protocol}://{domain}{self.location(p)}",
                    }
                    for p in siblings
                ]
        return urls


def _sections() -> dict[str, type[Sitemap] | Sitemap]:
    return {"pages": PageSitemap, **hooks.sitemaps()}


def sitemap_index(request):
    """/sitemap.xml: one entry per section (and per page of a long section)."""
    return sitemap_views.index(request, sitemaps=_sections(), sitemap_url_name="sitemap-section")


def sitemap_section(request, section: str):
    """/sitemap-<section>.xml: the pages of one section, with their language alternates."""
    return sitemap_views.sitemap(request, sitemaps=_sections(), section=section)


def robots_txt(request):
    """/robots.txt: everything public may be crawled, but not the admin, the logins, or what
    each app keeps from crawlers (its PRIVATE_PATHS: the portal, search results, exports);
    it names the sitemap."""
    from django.conf import settings
    from django.http import HttpResponse

    from kouryu.core import hooks

    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        for path in ("accounts/", *hooks.private_paths().not_crawled):
            lines.append(f"Disallow: {prefix}{path}")
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")

"""RSS and Atom feeds of news and reports, per language and per category."""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from kouryu.publishing.models import Article, Category, NewsPage, ReportPage

SECTIONS = {"news": (NewsPage,), "reports": (ReportPage,), "all": (NewsPage, ReportPage)}
LIMIT = 30


def article_published_at(article: Article) -> datetime.datetime:
    """An article's publication date as a moment: the first publication's time on that day
    when it went live that day, else the start of the day, in the site's time zone."""
    zone = timezone.get_current_timezone()
    first = article.first_published_at
    if first is not None and timezone.localtime(first, zone).date() == article.date:
        return first
    return datetime.datetime.combine(article.date, datetime.time.min, tzinfo=zone)


@dataclass
class FeedScope:
    request: object
    section: str
    category: Category | None
    site_name: str


class ArticleRssFeed(Feed):
    """Latest articles of one section (news, reports or all) in the active language."""

    # Django's Feed fills the language from settings.LANGUAGE_CODE unless told otherwise.
    @property
    def language(self):
        return get_language()

    def get_object(self, request, section: str, category: str = ""):
        if section not in SECTIONS:
            raise Http404(_("There is no such feed."))
        locale = Locale.get_active()
        category_obj = None
        if category:
            category_obj = Category.objects.filter(locale=locale, slug=category).first()
            if category_obj is None:
                raise Http404(_("There is no such category."))
        site = Site.find_for_request(request)
        return FeedScope(
            request, section, category_obj, site.root_page.localized.title if site else ""
        )

    def _section_title(self, scope: FeedScope) -> str:
        return {"news": _("News"), "reports": _("Research reports"), "all": _("News and reports")}[
            scope.section
        ]

    def title(self, scope: FeedScope) -> str:
        parts = [scope.site_name, self._section_title(scope)]
        if scope.category:
            parts.append(scope.category.name)
        return " – ".join(p for p in parts if p)

    def link(self, scope: FeedScope) -> str:
        return scope.request.build_absolute_uri(f"/{get_language()}/")

    def description(self, scope: FeedScope) -> str:
        return _("Latest %(section)s from %(site)s") % {
            "section": self._section_title(scope),
            "site": scope.site_name,
        }

    def items(self, scope: FeedScope) -> list[Article]:
        articles = []
        for model in SECTIONS[scope.section]:
            qs = model.objects.live().public().filter(locale=Locale.get_active())
            if scope.category:
                qs = qs.filter(category=scope.category)
            articles += list(qs.select_related("category").order_by("-date", "-pk")[:LIMIT])
        articles.sort(key=lambda a: (a.date, a.pk), reverse=True)
        for article in articles:
            article.feed_url = scope.request.build_absolute_uri(article.get_url(scope.request))
        return articles[:LIMIT]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_url

    def item_pubdate(self, item):
        """The article's own publication date (the one readers see), not the moment its page
        was saved: loaded or imported articles keep their dates, in their order."""
        return article_published_at(item)

    def item_categories(self, item):
        return [item.category.name] if item.category else []

    def item_author_name(self, item):
        return ", ".join(a.full_name for a in item.authors_localized()) or None


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description


def feeds_index(request):
    """The feeds in the reader's language, by section and category, with how to use them."""
    from django.shortcuts import render

    sections = [
        ("all", _("News and reports")),
        ("news", _("News")),
        ("reports", _("Research reports")),
    ]
    categories = Category.objects.filter(locale=Locale.get_active()).order_by("name")
    return render(
        request,
        "publishing/feeds.html",
        {
            "sections": sections,
            "categories": categories,
            "meta_description": _(
                "The office's news and research reports as RSS and Atom feeds, by section and "
                "by category, in this language."
            ),
        },
    )

"""Feed URLs (inside the language prefix): /<lang>/feeds/ lists them; /<lang>/feeds/<section>.rss
or .atom, and /<lang>/feeds/<section>/<category>.rss or .atom."""

from django.urls import path

from kouryu.publishing.feeds import ArticleAtomFeed, ArticleRssFeed, feeds_index

app_name = "publishing"
urlpatterns = [
    path("", feeds_index, name="feeds"),
    path("<slug:section>.rss", ArticleRssFeed(), name="rss"),
    path("<slug:section>.atom", ArticleAtomFeed(), name="atom"),
    path("<slug:section>/<slug:category>.rss", ArticleRssFeed(), name="category_rss"),
    path("<slug:section>/<slug:category>.atom", ArticleAtomFeed(), name="category_atom"),
]

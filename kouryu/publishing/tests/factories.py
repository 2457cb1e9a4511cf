"""Factories for news and research reports: categories, the two indexes, articles.

Articles are published through revisions in every language, as editors publish them, so
the search index follows (its receivers run on page_published).
"""

import datetime
from dataclasses import dataclass, field

import factory
import wagtail_factories

from kouryu.core.translation import page_create_translated, snippet_create_translated
from kouryu.publishing.models import (
    Category,
    NewsIndexPage,
    NewsPage,
    ReportIndexPage,
    ReportPage,
    tag_names_set,
)

LANGUAGES = ("ja", "zh-hans", "en")

CATEGORIES = {
    "exchange": {"ja": "交流・協力", "zh": "交流与合作", "en": "Exchange and cooperation"},
    "research": {"ja": "調査研究", "zh": "调查研究", "en": "Research"},
    "events": {"ja": "イベント・事業", "zh": "活动与项目", "en": "Events and programmes"},
    "office": {"ja": "事務所からのお知らせ", "zh": "事务所动态", "en": "Office news"},
}

INDEX_TITLES = {
    "news": {"ja": "お知らせ", "zh-hans": "新闻", "en": "News"},
    "reports": {"ja": "調査レポート", "zh-hans": "调研报告", "en": "Research reports"},
}

# What newsroom() publishes: (slug, date, category, titles, summaries, bodies), by language.
NEWS = [
    (
        "wechat",
        "2026-07-06",
        "office",
        {
            "ja": "WeChat（微信）で情報をお届けしています",
            "zh-hans": "本事务所通过微信为中国读者提供信息",
            "en": "News from the office on WeChat",
        },
        {
            "ja": "中国の読者に向けて、WeChat（微信）でも情報を発信しています。",
            "zh-hans": "北京事务所还通过微信面向中国读者发布信息。",
            "en": "As well as this website, the office publishes on WeChat for readers in China.",
        },
        {
            "ja": "<p>WeChat（微信）では、日中の自治体交流を中国語で紹介しています。</p>",
            "zh-hans": "<p>我们在微信上以中文介绍中日地方交流动态。</p>",
            "en": "<p>On WeChat we write in Chinese about exchange between local governments.</p>",
        },
    ),
    (
        "jet-briefing",
        "2026-08-17",
        "exchange",
        {
            "ja": "JETプログラムの説明会を開きます",
            "zh-hans": "JET项目说明会即将举行",
            "en": "A briefing on the JET Programme",
        },
        {
            "ja": "JETプログラムに関心のある方に向けた説明会のご案内です。",
            "zh-hans": "面向关注JET项目人士的说明会通知。",
            "en": "A briefing for anyone interested in the JET Programme.",
        },
        {
            "ja": "<p>説明会では、JETプログラムの応募方法をご紹介します。</p>",
            "zh-hans": "<p>说明会将介绍JET项目的申请方法。</p>",
            "en": "<p>The briefing explains how to apply to the JET Programme.</p>",
        },
    ),
]
REPORTS = [
    (
        "friendship-cities",
        "2026-05-11",
        "research",
        {
            "ja": "日中の友好都市提携の現状",
            "zh-hans": "中日友好城市的现状",
            "en": "Japan–China friendship cities today",
        },
        {
            "ja": "友好都市提携の件数と、その移り変わりをまとめました。",
            "zh-hans": "本报告整理了友好城市的数量及其变化。",
            "en": "How many friendship-city partnerships there are, and how that has changed.",
        },
        {
            "ja": "<p>友好都市提携は1973年の神戸市と天津市に始まりました。</p>",
            "zh-hans": "<p>中日友好城市始于1973年的神户市与天津市。</p>",
            "en": "<p>Friendship cities began with Kobe and Tianjin in 1973.</p>",
        },
    ),
    (
        "local-economies",
        "2026-06-15",
        "research",
        {
            "ja": "中国の地方経済の調査",
            "zh-hans": "中国地方经济调查",
            "en": "A study of local economies in China",
        },
        {
            "ja": "中国の省ごとの経済の動きを調べました。",
            "zh-hans": "本报告调查了中国各省的经济动向。",
            "en": "A look at the economy of each Chinese province.",
        },
        {
            "ja": "<p>省ごとの統計を比べています。</p>",
            "zh-hans": "<p>本报告比较了各省的统计数据。</p>",
            "en": "<p>The report compares the statistics of each province.</p>",
        },
    ),
]


def categories(slugs=None) -> dict[str, dict[str, Category]]:
    """Categories in every language, keyed by slug, then by language."""
    return {
        slug: snippet_create_translated(model=Category, fields={"slug": slug, "name": names})
        for slug, names in CATEGORIES.items()
        if slugs is None or slug in slugs
    }


def article_indexes(homes: dict) -> dict[str, dict]:
    """The news index and the report index under each home page, keyed "news"/"reports"."""
    return {
        section: page_create_translated(
            parent=homes["ja"],
            page=model(slug=section),
            fields_by_language={
                code: {"title": title, "show_in_menus": True}
                for code, title in INDEX_TITLES[section].items()
            },
        )
        for section, model in (("news", NewsIndexPage), ("reports", ReportIndexPage))
    }


def articles_translated(
    *,
    index_by_language: dict,
    model: type,
    slug: str,
    date: str | datetime.date,
    titles: dict[str, str],
    summaries: dict[str, str],
    bodies: dict[str, str],
    category: dict[str, Category] | None = None,
    tags: dict[str, list[str]] | None = None,
) -> dict:
    """A news item or report published in every language, under the index in that language."""
    if isinstance(date, str):
        date = datetime.date.fromisoformat(date)
    pages = page_create_translated(
        parent=index_by_language["ja"],
        page=model(slug=slug),
        fields_by_language={
            code: {
                "title": titles[code],
                "summary": summaries[code],
                "body": bodies[code],
                "date": date,
                "category": category[code] if category else None,
            }
            for code in titles
        },
    )
    if tags:
        # The original's tags on every page, as wagtail-localize keeps them; the other
        # languages' lists name them in order (TagName).
        tag_names_set(
            [
                {("zh" if code == "zh-hans" else code): names[i] for code, names in tags.items()}
                for i in range(len(tags["ja"]))
            ]
        )
        for page in pages.values():
            page.tags.set(tags["ja"])
            page.save_revision().publish()
    return pages


@dataclass
class Newsroom:
    """What newsroom() made: each by slug, then by language."""

    indexes: dict[str, dict]
    categories: dict[str, dict[str, Category]]
    news: dict[str, dict] = field(default_factory=dict)
    reports: dict[str, dict] = field(default_factory=dict)
    pages: dict[str, dict] = field(default_factory=dict)


def newsroom(homes: dict) -> Newsroom:
    """Both indexes, four categories ("events" left empty), two news items (WeChat in
    "office", a JET briefing in "exchange") and two research reports in "research", in
    every language (NEWS and REPORTS above)."""
    room = Newsroom(indexes=article_indexes(homes), categories=categories())
    for section, model, specs, out in (
        ("news", NewsPage, NEWS, room.news),
        ("reports", ReportPage, REPORTS, room.reports),
    ):
        for slug, date, category, titles, summaries, bodies in specs:
            out[slug] = articles_translated(
                index_by_language=room.indexes[section],
                model=model,
                slug=slug,
                date=date,
                titles=titles,
                summaries=summaries,
                bodies=bodies,
                category=room.categories[category],
            )
    return room


class NewsPageFactory(wagtail_factories.PageFactory):
    """A news item in one language under ``parent`` (a news index); published unless live=False."""

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True  # publishing saves the page

    title = factory.Sequence(lambda n: f"お知らせ{n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    summary = "要約"
    body = "<p>本文</p>"

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False and page.live:
            page.save_revision().publish()

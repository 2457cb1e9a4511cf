"""Reads for publishing: the translation status of pages, for the editors' report."""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

MISSING, DRAFT, OUTDATED, CURRENT = "missing", "draft", "outdated", "current"
STATUS_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft, not published"),
    OUTDATED: _("Out of date"),
    CURRENT: _("Up to date"),
}


@dataclass
class TranslationCell:
    status: str
    page: Page | None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class TranslationRow:
    source: Page
    cells: list[TranslationCell]

    @property
    def needs_work(self) -> bool:
        return any(cell.status != CURRENT for cell in self.cells)


def translation_status(
    *, model: type[Page] = Page, only_needing_work: bool = False
) -> tuple[list, list[TranslationRow]]:
    """Each page in the default language, and the state of its translation in each other language.

    A translation is out of date when the original was published after it. Two queries.
    """
    default = Locale.get_default()
    others = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
        if code != default.language_code
    ]
    sources = list(
        model.objects.filter(locale=default, depth__gt=1)
        .live()
        .order_by("path")
        .select_related("locale")
    )
    translations: dict = defaultdict(dict)
    for page in Page.objects.filter(
        translation_key__in=[p.translation_key for p in sources], locale__in=others
    ).only(
        "id",
        "title",
        "live",
        "last_published_at",
        "translation_key",
        "locale_id",
        "has_unpublished_changes",
    ):
        translations[page.translation_key][page.locale_id] = page
    rows = []
    for source in sources:
        cells = []
        for locale in others:
            page = translations[source.translation_key].get(locale.pk)
            if page is None:
                status = MISSING
            elif not page.live:
                status = DRAFT
            elif (
                source.last_published_at
                and page.last_published_at
                and page.last_published_at < source.last_published_at
            ):
                status = OUTDATED
            else:
                status = CURRENT
            cells.append(TranslationCell(status, page))
        row = TranslationRow(source, cells)
        if row.needs_work or not only_needing_work:
            rows.append(row)
    return others, rows


def latest_articles(*, locale: Locale | None = None, limit: int = 4) -> list[Page]:
    """The newest news items and reports in a language, for the home page."""
    from kouryu.publishing.models import NewsPage, ReportPage

    locale = locale or Locale.get_active()
    articles = []
    for model in (NewsPage, ReportPage):
        articles += list(
            model.objects.live().public().filter(locale=locale).order_by("-date", "-pk")[:limit]
        )
    articles.sort(key=lambda a: (a.date, a.pk), reverse=True)
    return articles[:limit]

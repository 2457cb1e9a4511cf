"""News and research reports as Wagtail pages, with categories, tags, authors and attachments."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from kouryu.offices.models import StaffMember

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
]
PER_PAGE = 10


class Category(TranslatableMixin, models.Model):
    """A subject under which news and reports are filed (exchange, economy, research…)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in addresses and feeds; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"],
                name="publishing_category_slug_unique_per_locale",
                violation_error_message=_("Another category already uses this slug."),
            )
        ]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publishing.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ReportPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publishing.ReportPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Article(Page):
    """Fields that news items and research reports share. Not a page type by itself."""

    date = models.DateField(
        _("publication date"), default=timezone.localdate, help_text=_("The date shown to readers.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two or three sentences; shown in lists, feeds and link previews."),
    )
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    authors = ParentalManyToManyField(
        StaffMember, verbose_name=_("authors"), blank=True, related_name="+"
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("attachments"),
        help_text=_("PDF files and other documents; the text of PDFs is searchable."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("tags"), FieldPanel("authors")],
            heading=_("Filing"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    class Meta:
        abstract = True

    def authors_localized(self):
        return [author.localized for author in self.authors.all()]

    def documents(self):
        return [block.value for block in self.attachments if block.value]


class NewsPage(Article):
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["publishing.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")


class ReportPage(Article):
    tags = ClusterTaggableManager(through=ReportPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["publishing.ReportIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("research report")
        verbose_name_plural = _("research reports")


class ArticleIndex(Page):
    """A list of articles, newest first, filterable by category and tag."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    article_model: type[Article]
    feed_section: str

    class Meta:
        abstract = True

    def articles(self):
        return (
            self.article_model.objects.child_of(self)
            .live()
            .public()
            .select_related("category")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        category = request.GET.get("category", "")
        tag = request.GET.get("tag", "")
        if category:
            articles = articles.filter(category__slug=category)
        if tag:
            articles = articles.filter(tags__name=tag)
        context["articles"] = Paginator(articles, PER_PAGE).get_page(request.GET.get("page"))
        context["categories"] = Category.objects.filter(locale=self.locale)
        context["active_category"] = category
        context["active_tag"] = tag
        context["feed_section"] = self.feed_section
        return context


class NewsIndexPage(ArticleIndex):
    article_model = NewsPage
    feed_section = "news"
    parent_page_types = ["website.HomePage"]
    subpage_types = ["publishing.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")


class ReportIndexPage(ArticleIndex):
    article_model = ReportPage
    feed_section = "reports"
    parent_page_types = ["website.HomePage"]
    subpage_types = ["publishing.ReportPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("research report index")

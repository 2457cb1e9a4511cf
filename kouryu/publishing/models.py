"""News and research reports as Wagtail pages, with categories, tags, authors and attachments."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from kouryu.core.i18n import locale_of, localized_all
from kouryu.core.pages import OfficePage
from kouryu.offices.models import StaffMember
from kouryu.publishing.forms import ArticleForm

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


class TagName(models.Model):
    """A tag's name in Chinese and English.

    Tags are written in Japanese, the language of the originals; a translation keeps its
    original's tags (wagtail-localize synchronises them). A Chinese or English page shows a
    tag under its name in that language, and leaves out a tag that has none yet, so that no
    Japanese word appears on the Chinese or English site.
    """

    tag = models.OneToOneField(
        "taggit.Tag", on_delete=models.CASCADE, related_name="names", verbose_name=_("tag")
    )
    name_zh_hans = models.CharField(_("name in Chinese"), max_length=100, blank=True)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)

    panels = [FieldPanel("tag"), FieldPanel("name_zh_hans"), FieldPanel("name_en")]

    class Meta:
        verbose_name = _("tag name")
        verbose_name_plural = _("tag names")
        ordering = ["tag__name"]

    def __str__(self):
        return self.tag.name

    def name_in(self, language: str) -> str:
        return {"zh-hans": self.name_zh_hans, "en": self.name_en}.get(language, self.tag.name)


def tag_names_set(tags: list[dict[str, str]]) -> None:
    """Create the tags ({"ja": …, "zh": …, "en": …} each) with their Chinese and English names."""
    for names in tags:
        tag, _created = Tag.objects.get_or_create(name=names["ja"])
        TagName.objects.update_or_create(
            tag=tag,
            defaults={"name_zh_hans": names.get("zh", ""), "name_en": names.get("en", "")},
        )


def tag_label(tag, language: str) -> str:
    """``tag``'s name in ``language``: "" where it has none (see TagName)."""
    if language == settings.LANGUAGE_CODE:
        return tag.name
    try:
        names = tag.names
    except TagName.DoesNotExist:
        return ""
    return names.name_in(language)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publishing.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ReportPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "publishing.ReportPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Article(OfficePage, Page):
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

    base_form_class = ArticleForm

    class Meta:
        abstract = True

    def category_localized(self):
        """The category in the page's language (a translation may point to the original's)."""
        category = self.category
        if category is None or category.locale_id == self.locale_id:
            return category
        translated = (
            type(category)
            .objects.filter(translation_key=category.translation_key, locale_id=self.locale_id)
            .first()
        )
        return translated or category

    def tags_localized(self) -> list[tuple[str, str]]:
        """(tag, name shown) for each tag that has a name in the page's language."""
        language = locale_of(self).language_code
        labels = [(tag.name, tag_label(tag, language)) for tag in self.tags.select_related("names")]
        return [(tag, label) for tag, label in labels if label]

    def authors_localized(self):
        return localized_all(list(self.authors.all()))

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


class ArticleIndex(OfficePage, Page):
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
        if "\x00" in category + tag:
            # No slug or tag holds a NUL, and PostgreSQL refuses one even in a query.
            articles = articles.none()
        if category:
            articles = articles.filter(category__slug=category)
        if tag:
            articles = articles.filter(tags__name=tag)
        context["articles"] = Paginator(articles, PER_PAGE).get_page(request.GET.get("page"))
        context["categories"] = list(Category.objects.filter(locale=self.locale))
        # An article may be filed under the original language's category: name it in this one.
        names = {c.translation_key: c.name for c in context["categories"]}
        for article in context["articles"]:
            if article.category:
                article.category_name = names.get(
                    article.category.translation_key, article.category.name
                )
        context["active_category"] = category
        context["active_tag"] = tag
        if tag:
            found = Tag.objects.select_related("names").filter(name=tag).first()
            context["active_tag_label"] = (
                tag_label(found, self.locale.language_code) if found else ""
            )
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


# Newsletter ------------------------------------------------------------------

import uuid  # noqa: E402

from django.db.models.functions import Lower  # noqa: E402
from wagtail import blocks  # noqa: E402


class Subscriber(models.Model):
    """A person who signed up for the newsletter by email, without an account (double opt-in)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    # Two secrets, kept apart: the unsubscribe link in every edition never changes and
    # can never confirm; each sign-up gets a fresh confirmation secret, used once.
    unsubscribe_token = models.UUIDField(
        _("unsubscribe token"), unique=True, default=uuid.uuid4, editable=False
    )
    confirm_token = models.UUIDField(
        _("confirmation token"), unique=True, null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "confirmed", "unsubscribed"]),
                name="publishing_subscriber_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(email=Lower("email")),
                name="publishing_subscriber_email_lower_case",
            ),
        ]

    def __str__(self):
        return self.email


class Edition(models.Model):
    """One issue of the newsletter: a subject and introduction per language, and a list of articles."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    subject_ja = models.CharField(_("subject (Japanese)"), max_length=200)
    subject_zh = models.CharField(_("subject (Chinese)"), max_length=200, blank=True)
    subject_en = models.CharField(_("subject (English)"), max_length=200, blank=True)
    intro_ja = models.TextField(_("introduction (Japanese)"), blank=True)
    intro_zh = models.TextField(_("introduction (Chinese)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    items = StreamField(
        [
            (
                "article",
                blocks.PageChooserBlock(
                    page_type=["publishing.NewsPage", "publishing.ReportPage"],
                    label=_("Article"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("articles"),
        help_text=_(
            "Choose the original (Japanese) pages; each subscriber gets the translation "
            "in their language where there is one."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    queued_at = models.DateTimeField(_("queued at"), null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    queued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("queued by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("subject_ja"), FieldPanel("subject_zh"), FieldPanel("subject_en")],
            heading=_("Subject"),
        ),
        MultiFieldPanel(
            [FieldPanel("intro_ja"), FieldPanel("intro_zh"), FieldPanel("intro_en")],
            heading=_("Introduction"),
        ),
        FieldPanel("items"),
    ]

    class Meta:
        verbose_name = _("newsletter edition")
        verbose_name_plural = _("newsletter editions")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "queued", "sending", "sent"]),
                name="publishing_edition_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(queued_at__isnull=False),
                name="publishing_edition_queued_has_date",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(finished_at__isnull=False),
                name="publishing_edition_sent_has_date",
            ),
        ]

    def __str__(self):
        return self.subject_ja

    def subject_in(self, language: str) -> str:
        return getattr(self, f"subject_{language.split('-')[0]}", "") or self.subject_ja

    def intro_in(self, language: str) -> str:
        return getattr(self, f"intro_{language.split('-')[0]}", "") or self.intro_ja

    def article_pages(self) -> list[Page]:
        return [block.value for block in self.items if block.value]

    @property
    def progress(self) -> str:
        """'sent / total', from annotations when the list view provides them."""
        sent = getattr(self, "sent_count", None)
        total = getattr(self, "total_count", None)
        if sent is None or total is None:
            sent = self.deliveries.filter(status=Delivery.Status.SENT).count()
            total = self.deliveries.count()
        return f"{sent} / {total}"


class Delivery(models.Model):
    """One edition to one subscriber: the durable queue that the newsletter_send worker empties."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        Subscriber,
        verbose_name=_("subscriber"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    # The language when the edition was queued, so a later change does not split an edition.
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "subscriber"], name="publishing_delivery_once_per_subscriber"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "sent", "failed"]),
                name="publishing_delivery_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "id"], name="publishing_delivery_queue")]

    def __str__(self):
        return f"{self.edition} → {self.subscriber}"

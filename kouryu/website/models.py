"""The office's public website: home, overview, figures, greeting, staff directory, standard pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kouryu.core import hooks
from kouryu.core.i18n import localized, localized_all
from kouryu.core.pages import OfficePage
from kouryu.offices import selectors
from kouryu.offices.models import Office, StaffMember
from kouryu.publishing.selectors import latest_articles

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.CharBlock(label=_("Text"), required=False, max_length=100)
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=200)

    class Meta:
        label = _("Link")
        icon = "link"


class HomePage(OfficePage, Page):
    """The office in one glance: what it does, its lines of work, the latest figures, links onward."""

    lead = models.TextField(
        _("lead"), help_text=_("What the office does, in two or three sentences.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown beside the lead; a wide picture (about 3:2) reads best."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    body = RichTextField(_("body"), blank=True, features=RICH_TEXT_FEATURES)
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links onward"))

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        FieldPanel("links"),
    ]
    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["work_areas"] = selectors.work_areas()
        context["figures"] = selectors.published_figures(home_only=True)
        context["live_figures"] = hooks.live_figures()
        context["latest_articles"] = latest_articles()
        # Each link's page in the reader's language, read together (the chosen page may be
        # the original).
        blocks = [block for block in self.links if block.value.get("page") is not None]
        targets = localized_all([block.value["page"] for block in blocks])
        context["links"] = list(zip(blocks, targets, strict=True))
        return context


class OverviewPage(OfficePage, Page):
    """The organisation, this office and its lines of work with their programmes."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    other_programmes_heading = models.CharField(
        _("heading for other programmes"), max_length=200, blank=True
    )
    other_programmes = StreamField(
        [("programme", blocks.CharBlock(label=_("Programme"), max_length=200))],
        blank=True,
        verbose_name=_("other programmes"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("other_programmes_heading"),
        FieldPanel("other_programmes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["website.HomePage"]

    class Meta:
        verbose_name = _("overview page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = selectors.organisation()
        offices = selectors.localized_list(Office)
        context["offices"] = offices
        context["office"] = next((o for o in offices if o.is_this_office), None)
        context["work_areas"] = selectors.work_areas()
        return context


class FiguresPage(OfficePage, Page):
    """The figures the office publishes, as tables and charts."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]

    class Meta:
        verbose_name = _("figures page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = selectors.published_figures()
        context["figures"] = figures
        context["charts"] = [
            {
                "id": f"figure-chart-{figure.pk}",
                "title": figure.label,
                "unit": figure.unit,
                "labels": [label for label, _value in figure.breakdown_rows()],
                "values": [value for _label, value in figure.breakdown_rows()],
            }
            for figure in figures
            if figure.breakdown
        ]
        return context


class GreetingPage(OfficePage, Page):
    """The director's greeting."""

    director = models.ForeignKey(
        StaffMember,
        verbose_name=_("director"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("director"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["website.HomePage"]

    class Meta:
        verbose_name = _("greeting page")

    @property
    def director_localized(self):
        return localized(self.director) if self.director else None


class StaffDirectoryPage(OfficePage, Page):
    """The staff: role, seconding body, responsibilities and time at the office."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]

    class Meta:
        verbose_name = _("staff directory page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["staff"] = selectors.staff_directory()
        return context


class StandardPage(OfficePage, Page):
    """A page of text, for anything the other page types do not cover."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """The site's emblem and the pages its footer links to, edited under Settings."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the header beside the office's name. Without one, the site shows its "
            "own neutral wordmark."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("logo"), FieldPanel("privacy_page"), FieldPanel("accessibility_page")]

    class Meta:
        verbose_name = _("site identity")

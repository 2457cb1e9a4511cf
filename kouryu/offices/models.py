"""The organisation, its overseas offices, the staff directory and published figures.

Every model here is a translatable snippet: one row per locale, translated in the admin
through wagtail-localize. Fields that are facts rather than text (dates, numbers,
coordinates) are kept in step across locales by wagtail-localize's synchronisation.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from kouryu.core.dates import DatePrecision, format_partial_date
from kouryu.core.i18n import locale_of
from kouryu.core.names import person_name
from kouryu.core.tenure import format_year_in_post, year_in_post


class Organisation(TranslatableMixin, models.Model):
    """The body the offices belong to (for the first deployment, CLAIR)."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    founded_on = models.DateField(_("founded on"))
    founded_precision = models.CharField(
        _("precision of the founding date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    head_office = models.CharField(_("head office"), max_length=200)
    purpose = models.TextField(_("purpose"))
    url = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldRowPanel([FieldPanel("founded_on"), FieldPanel("founded_precision")]),
        FieldPanel("head_office"),
        FieldPanel("purpose"),
        FieldPanel("url"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def founded_display(self) -> str:
        return format_partial_date(self.founded_on, self.founded_precision)


class Office(TranslatableMixin, index.Indexed, models.Model):
    """One of the organisation's overseas offices; exactly one is the office running this site."""

    name = models.CharField(_("name"), max_length=200)
    city = models.CharField(_("city"), max_length=100)
    country = models.CharField(_("country"), max_length=100)
    opened_on = models.DateField(_("opened on"), null=True, blank=True)
    opened_precision = models.CharField(
        _("precision of the opening date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
    )
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    is_this_office = models.BooleanField(
        _("this site's office"),
        default=False,
        help_text=_("The office that runs this site. Only one office may be marked."),
    )
    home_country = models.CharField(
        _("home country"),
        max_length=2,
        blank=True,
        help_text=_(
            "ISO code of the country whose local governments this office serves "
            "(for this site's office)."
        ),
    )
    partner_country = models.CharField(
        _("partner country"),
        max_length=2,
        blank=True,
        help_text=_(
            "ISO code of the country this office works with: the registry's statistics, "
            "filters and API are about partnerships with it (for this site's office)."
        ),
    )
    mission = models.TextField(_("mission"), blank=True)
    # How to reach the office: the site's footer shows them for this site's office.
    address = models.TextField(_("address"), blank=True)
    telephone = models.CharField(
        _("telephone"), max_length=40, blank=True, help_text=_("With the country code: +86 10 …")
    )
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Facts, the same in every language: wagtail-localize copies them to the translations.
    override_translatable_fields = [
        SynchronizedField("home_country"),
        SynchronizedField("partner_country"),
        SynchronizedField("telephone"),
        SynchronizedField("email"),
    ]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldRowPanel([FieldPanel("opened_on"), FieldPanel("opened_precision")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("is_this_office"),
        FieldRowPanel([FieldPanel("home_country"), FieldPanel("partner_country")]),
        FieldPanel("mission"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("telephone"), FieldPanel("email")]),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("city")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("overseas office")
        verbose_name_plural = _("overseas offices")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                condition=models.Q(is_this_office=True),
                name="offices_one_home_office_per_locale",
                violation_error_message=_(
                    "Another office is already marked as this site's office."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90)
                & models.Q(longitude__gte=-180, longitude__lte=180),
                name="offices_office_coordinates_in_range",
                violation_error_message=_("Coordinates are out of range."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def opened_display(self) -> str:
        return format_partial_date(self.opened_on, self.opened_precision)


class WorkArea(TranslatableMixin, models.Model):
    """One of the office's lines of work, with the programmes that belong to it."""

    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    programmes = StreamField(
        [("programme", blocks.CharBlock(label=_("Programme"), max_length=200))],
        blank=True,
        verbose_name=_("programmes"),
    )

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("programmes"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("line of work")
        verbose_name_plural = _("lines of work")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"],
                name="offices_workarea_number_unique_per_locale",
                violation_error_message=_("Another line of work already has this number."),
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class SecondingBody(TranslatableMixin, models.Model):
    """A Japanese body that seconds staff to the office (a ministry, prefecture or city)."""

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry")
        PREFECTURE = "prefecture", _("Prefecture")
        MUNICIPALITY = "municipality", _("Municipality")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short introduction, shown with the staff it seconds."),
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("introduction")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("seconding body")
        verbose_name_plural = _("seconding bodies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class StaffMember(TranslatableMixin, index.Indexed, models.Model):
    """A person in the staff directory. Time in post is computed from `started_on`."""

    family_name = models.CharField(_("family name"), max_length=100)
    given_name = models.CharField(_("given name"), max_length=100, blank=True)
    nickname = models.CharField(
        _("name used at work"),
        max_length=100,
        blank=True,
        help_text=_("For example an English or katakana name colleagues use."),
    )
    role = models.CharField(_("role"), max_length=100)
    seconding_body = models.ForeignKey(
        SecondingBody,
        verbose_name=_("seconding body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty for staff hired locally."),
    )
    employment_note = models.CharField(
        _("employment note"),
        max_length=200,
        blank=True,
        help_text=_("For example 'local hire' or 'former JET participant'."),
    )
    responsibilities = StreamField(
        [("item", blocks.CharBlock(label=_("Responsibility"), max_length=300))],
        blank=True,
        verbose_name=_("responsibilities"),
    )
    message = models.TextField(_("message"), blank=True)
    started_on = models.DateField(_("started at the office on"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("family_name"), FieldPanel("given_name")]),
                FieldPanel("nickname"),
            ],
            heading=_("Name"),
        ),
        FieldPanel("role"),
        FieldPanel("seconding_body"),
        FieldPanel("employment_note"),
        FieldPanel("responsibilities"),
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("sort_order")]),
    ]
    search_fields = [
        index.SearchField("family_name"),
        index.SearchField("given_name"),
        index.SearchField("role"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        # The entry's own language orders the name (its locale read without a query).
        locale = locale_of(self) if self.locale_id else None
        return person_name(
            family=self.family_name,
            given=self.given_name,
            language=locale.language_code if locale else None,
        )

    def year_in_post(self, today: datetime.date | None = None) -> int | None:
        if not self.started_on:
            return None
        return year_in_post(self.started_on, today or timezone.localdate())

    @property
    def tenure_display(self) -> str:
        n = self.year_in_post()
        return format_year_in_post(n) if n else ""


class PublishedFigure(TranslatableMixin, models.Model):
    """A figure the office publishes: its value, the date it holds for, and its source."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        help_text=_("A stable identifier, the same in every language."),
    )
    label = models.CharField(_("label"), max_length=200)
    value = models.PositiveIntegerField(_("value"))
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    as_of = models.DateField(_("as of"))
    as_of_precision = models.CharField(
        _("precision of the date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.MONTH,
    )
    source_name = models.CharField(_("source"), max_length=300)
    source_url = models.URLField(_("source address"), blank=True)
    note = models.TextField(_("note"), blank=True)
    breakdown = StreamField(
        [
            (
                "part",
                blocks.StructBlock(
                    [
                        ("label", blocks.CharBlock(label=_("Label"), max_length=100)),
                        ("value", blocks.IntegerBlock(label=_("Value"), min_value=0)),
                    ],
                    label=_("Part"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("breakdown"),
        help_text=_("Optional parts that add up to the value; shown as a table and a chart."),
    )
    show_on_home = models.BooleanField(_("show on the home page"), default=True)
    is_partnership_total = models.BooleanField(
        _("official count of partnerships"),
        default=False,
        help_text=_(
            "The published total of partnerships with the office's partner country; the "
            "registry shows it beside the records it holds."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("key"),
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("as_of"), FieldPanel("as_of_precision")]),
        FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
        FieldPanel("note"),
        FieldPanel("breakdown"),
        FieldRowPanel(
            [
                FieldPanel("show_on_home"),
                FieldPanel("is_partnership_total"),
                FieldPanel("sort_order"),
            ]
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("published figure")
        verbose_name_plural = _("published figures")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "key"],
                name="offices_figure_key_unique_per_locale",
                violation_error_message=_("Another figure already uses this key."),
            ),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        parts = self.breakdown_rows()
        if parts and self.value is not None and sum(v for _, v in parts) != self.value:
            raise ValidationError(
                {
                    "breakdown": _("The parts add up to %(sum)d, not to the value %(value)d.")
                    % {"sum": sum(v for _, v in parts), "value": self.value}
                }
            )

    def breakdown_rows(self) -> list[tuple[str, int]]:
        return [(b.value["label"], b.value["value"]) for b in self.breakdown]

    @property
    def as_of_display(self) -> str:
        return format_partial_date(self.as_of, self.as_of_precision)


def original_language_q():
    """Choices of one entry per person: those in the site's default language."""
    from wagtail.models import Locale

    return models.Q(locale=Locale.get_default())


class StaffAccount(models.Model):
    """The staff directory entry of a login: whose name the admin shows for work assigned
    to this user, in each language (宮本 貴章 / Takaaki Miyamoto)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.CASCADE,
        related_name="staff_account",
    )
    member = models.ForeignKey(
        StaffMember,
        verbose_name=_("staff directory entry"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=original_language_q,
        help_text=_("The person in the staff directory, as the original entry."),
    )
    # The person, whichever language's entry was chosen: one login per person.
    member_key = models.UUIDField(_("person"), editable=False)

    panels = [FieldPanel("user"), FieldPanel("member")]

    class Meta:
        verbose_name = _("staff login")
        verbose_name_plural = _("staff logins")
        constraints = [
            models.UniqueConstraint(
                fields=["member_key"],
                name="offices_one_login_per_person",
                violation_error_message=_("This person already has a login."),
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.member}"

    def save(self, *args, **kwargs):
        self.member_key = self.member.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.member_id:
            self.member_key = self.member.translation_key

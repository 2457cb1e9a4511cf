"""The friendship-city registry: partnerships between a Japanese local government and a partner place."""

import re

from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import RevisionMixin

from kouryu.core.dates import DatePrecision, format_partial_date
from kouryu.core.expressions import CurrentDate
from kouryu.core.i18n import in_language
from kouryu.places.models import Place


def home_country_places():
    """The Japanese side is a place of the office's home country (kouryu.offices)."""
    from kouryu.offices.selectors import office_countries

    return Q(country__code=office_countries().home)


class PartnershipKind(models.TextChoices):
    SISTER = "sister", _("Sister city")
    FRIENDSHIP = "friendship", _("Friendship city")
    EXCHANGE = "exchange", _("Friendship exchange or cooperation agreement")
    UNSPECIFIED = "unspecified", _("Partnership (kind not recorded)")


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    FIXED_TERM = "fixed_term", _("Fixed term")
    ENDED = "ended", _("Ended")


class PartnershipLevel(models.TextChoices):
    """Levels of the two sides, derived from the places (never stored)."""

    PREFECTURE_PROVINCE = "prefecture_province", _("Prefecture – province")
    PREFECTURE_CITY = "prefecture_city", _("Prefecture – city")
    CITY_PROVINCE = "city_province", _("City – province")
    CITY_CITY = "city_city", _("City – city")


class Partnership(RevisionMixin, ClusterableModel):
    """One partnership. Every change is kept as a revision with its author (Wagtail's history)."""

    # Partnerships refer to places only; Wagtail's usage index would add a write per save.
    wagtail_reference_index_ignore = True

    japan_side = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        related_name="partnerships_as_japan_side",
        verbose_name=_("Japanese local government"),
        limit_choices_to=home_country_places,
    )
    partner = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        related_name="partnerships_as_partner",
        verbose_name=_("partner"),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnershipKind.choices,
        default=PartnershipKind.UNSPECIFIED,
    )
    agreed_on = models.DateField(
        _("agreement date"),
        null=True,
        blank=True,
        help_text=_("For a month or year only, enter the first day and set the precision."),
    )
    date_precision = models.CharField(
        _("precision of the date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.UNKNOWN,
    )
    date_basis = models.CharField(
        _("basis of the date"),
        max_length=300,
        blank=True,
        help_text=_("What the date marks, e.g. the signing or the council's resolution."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.ACTIVE,
    )
    ends_on = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Required for a fixed-term agreement; optional for one that has ended."),
    )
    background_ja = models.TextField(_("background (Japanese)"), blank=True)
    background_zh = models.TextField(_("background (Chinese)"), blank=True)
    background_en = models.TextField(_("background (English)"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = ["agreed_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["japan_side", "partner", "kind"],
                name="partnerships_unique_pair_kind",
                violation_error_message=_(
                    "This partnership of this kind is already in the registry."
                ),
            ),
            models.CheckConstraint(
                condition=Q(agreed_on__isnull=True) | Q(agreed_on__lte=CurrentDate()),
                name="partnerships_date_not_in_future",
                violation_error_message=_("The agreement date cannot lie in the future."),
            ),
            models.CheckConstraint(
                condition=~Q(status=PartnershipStatus.FIXED_TERM) | Q(ends_on__isnull=False),
                name="partnerships_fixed_term_has_end",
                violation_error_message=_("A fixed-term agreement needs an end date."),
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(agreed_on__isnull=True)
                | Q(ends_on__gte=models.F("agreed_on")),
                name="partnerships_end_after_start",
                violation_error_message=_("The end date comes before the agreement date."),
            ),
            models.CheckConstraint(
                condition=~Q(japan_side=models.F("partner")),
                name="partnerships_two_different_places",
                violation_error_message=_("A place cannot be partnered with itself."),
            ),
        ]
        indexes = [
            models.Index(fields=["agreed_on"], name="partnerships_agreed_idx"),
            models.Index(fields=["status", "kind"], name="partnerships_status_kind_idx"),
        ]

    def __str__(self):
        return f"{self.japan_side} – {self.partner}"

    @property
    def kind_is_known(self) -> bool:
        return self.kind != PartnershipKind.UNSPECIFIED

    @property
    def agreed_display(self) -> str:
        return format_partial_date(self.agreed_on, self.date_precision)

    @property
    def background(self) -> str:
        return in_language(ja=self.background_ja, zh=self.background_zh, en=self.background_en)


# A source is linked from the public pages: an address with any other scheme
# (javascript:, data:, vbscript:, even ftp:) is refused wherever one is stored, and
# never rendered as a link (see web_url).
WEB_PREFIXES = ("http://", "https://")
WEB_ADDRESS_MESSAGE = _("Enter a web address that begins with http:// or https://.")
validate_web_address = URLValidator(schemes=["http", "https"], message=WEB_ADDRESS_MESSAGE)


class SourceKind(models.TextChoices):
    CLAIR = "clair", _("CLAIR partnership data")
    GOVERNMENT = "government", _("Government page")
    WIKIPEDIA = "wikipedia", _("Wikipedia")
    OTHER = "other", _("Other source")


class PartnershipSource(models.Model):
    """Where a partnership record comes from: one or more per record."""

    wagtail_reference_index_ignore = True

    partnership = ParentalKey(
        Partnership, on_delete=models.CASCADE, related_name="sources", verbose_name=_("partnership")
    )
    kind = models.CharField(_("kind"), max_length=12, choices=SourceKind.choices)
    title = models.CharField(_("title"), max_length=300, blank=True)
    url = models.URLField(
        _("address"), max_length=500, blank=True, validators=[validate_web_address]
    )
    licence = models.CharField(_("licence"), max_length=100, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "kind", "url"], name="partnerships_source_unique"
            ),
            models.CheckConstraint(
                condition=~Q(kind="government") | ~Q(url=""),
                name="partnerships_government_source_has_url",
                violation_error_message=_("A government source needs its address."),
            ),
            # Case-insensitive, as browsers read the scheme, and alike on SQLite
            # (whose LIKE ignores case anyway) and PostgreSQL.
            models.CheckConstraint(
                condition=Q(url="")
                | Q(url__istartswith=WEB_PREFIXES[0])
                | Q(url__istartswith=WEB_PREFIXES[1]),
                name="partnerships_source_url_http",
                violation_error_message=WEB_ADDRESS_MESSAGE,
            ),
        ]

    def __str__(self):
        return self.title or self.url or self.get_kind_display()

    @property
    def web_url(self) -> str:
        """The address if it is an http or https one, else "": all that a page may link to.
        The model and the database refuse anything else; this holds even if they were
        bypassed (a row restored from an old backup, say)."""
        return self.url if self.url.lower().startswith(WEB_PREFIXES) else ""

    # How a source reads on a record's page: its kind in the reader's language, the title it
    # was published under (quoted in its own language), who compiled it, and the licence
    # where the licence asks for attribution.
    _WIKIPEDIA_PREFIX = re.compile(r"^(?P<edition>[A-Z][a-z]+) Wikipedia:\s*")
    _VIA = re.compile(r"\s*\(via (?P<via>[^)]+)\)\s*$")
    WIKIPEDIA_LICENCE = ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/")

    @property
    def label(self) -> str:
        if self.kind == SourceKind.WIKIPEDIA and self.title.startswith("English Wikipedia"):
            return str(_("English Wikipedia"))
        return self.get_kind_display()

    @property
    def cited_title(self) -> str:
        """The published title alone, without the edition or the compiler."""
        title = self._VIA.sub("", self.title)
        return self._WIKIPEDIA_PREFIX.sub("", title).strip()

    @property
    def compiled_by(self) -> str:
        found = self._VIA.search(self.title)
        return found["via"] if found else ""

    @property
    def licence_shown(self) -> tuple[str, str]:
        """(licence, its address): the stored one, or Wikipedia's for a Wikipedia article."""
        if self.licence:
            return self.licence, ""
        if self.kind == SourceKind.WIKIPEDIA:
            return self.WIKIPEDIA_LICENCE
        return "", ""

    @property
    def title_language(self) -> str:
        return "en" if self.kind == SourceKind.WIKIPEDIA else ""


# The registry's admin imports (uploads, their check and their result) are kept apart.
from kouryu.partnerships.import_models import RegistryImport  # noqa: E402, F401

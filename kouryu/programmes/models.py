"""The records the office keeps of expert dispatches to China and trainees from China.

One row per record whatever the language, with its text in one column per language, as the
registry keeps its records (decision 0007, and 0015 for why this holds for people too).
"""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin

from kouryu.core.i18n import in_language
from kouryu.core.names import person_name
from kouryu.places.models import Place


class ProgrammeKind(models.TextChoices):
    DISPATCH = "dispatch", _("Expert dispatch")
    TRAINING = "training", _("Trainees received")


class ProgrammeField(models.TextChoices):
    """What a programme is about: a short fixed list that the catalogues translate."""

    TOURISM = "tourism", _("Tourism")
    ENVIRONMENT = "environment", _("Environment")
    AGRICULTURE = "agriculture", _("Agriculture")
    HEALTH = "health", _("Health and welfare")
    EDUCATION = "education", _("Education")
    CULTURE = "culture", _("Culture and sport")
    DISASTER = "disaster", _("Disaster prevention")
    URBAN = "urban", _("Urban planning")
    ECONOMY = "economy", _("Industry and trade")
    ADMINISTRATION = "administration", _("Local administration")


class ProgrammeRecord(RevisionMixin, ClusterableModel):
    """One dispatch or one training stay. Every change is kept as a revision with its author."""

    # Records refer to places only; Wagtail's usage index would add a write per save.
    wagtail_reference_index_ignore = True

    kind = models.CharField(_("kind"), max_length=10, choices=ProgrammeKind.choices)
    field = models.CharField(_("field"), max_length=20, choices=ProgrammeField.choices)
    host_place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programme_records",
        verbose_name=_("host local government"),
        help_text=_(
            "The local government that hosts the programme: a Chinese one for an expert "
            "dispatch, a Japanese one for trainees."
        ),
    )
    host_organisation_ja = models.CharField(
        _("host organisation (Japanese)"), max_length=200, blank=True
    )
    host_organisation_zh = models.CharField(
        _("host organisation (Chinese)"), max_length=200, blank=True
    )
    host_organisation_en = models.CharField(
        _("host organisation (English)"), max_length=200, blank=True
    )
    starts_on = models.DateField(_("start date"))
    ends_on = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it is not known.")
    )
    outcome_ja = models.TextField(_("outcome (Japanese)"), blank=True)
    outcome_zh = models.TextField(_("outcome (Chinese)"), blank=True)
    outcome_en = models.TextField(_("outcome (English)"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("programme record")
        verbose_name_plural = _("programme records")
        ordering = ["starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="programmes_end_not_before_start",
                violation_error_message=_("The end date comes before the start date."),
            ),
            models.CheckConstraint(
                condition=Q(host_place__isnull=False)
                | ~Q(host_organisation_ja="")
                | ~Q(host_organisation_zh="")
                | ~Q(host_organisation_en=""),
                name="programmes_host_named",
                violation_error_message=_(
                    "Name the host: a local government, an organisation, or both."
                ),
            ),
        ]
        indexes = [models.Index(fields=["starts_on"], name="programmes_starts_idx")]

    def __str__(self):
        return f"{self.starts_on:%Y-%m-%d} {self.get_kind_display()} · {self.host_display}"

    @property
    def host_organisation(self) -> str:
        return in_language(
            ja=self.host_organisation_ja, zh=self.host_organisation_zh, en=self.host_organisation_en
        )

    @property
    def host_display(self) -> str:
        """The host as the reader's language writes it: place, then organisation, and only
        the organisation where its name begins with the place's (山東省衛生健康委員会)."""
        place = self.host_place.display_name() if self.host_place_id else ""
        organisation = self.host_organisation
        if not organisation or not place:
            return organisation or place
        if organisation.startswith(place) or organisation.startswith(self.host_place.name_en):
            return organisation
        return f"{place} · {organisation}"

    @property
    def outcome(self) -> str:
        return in_language(ja=self.outcome_ja, zh=self.outcome_zh, en=self.outcome_en)


# The language whose column is read for a name, and the order of fall-backs.
_NAME_ORDER = {"ja": ("ja", "zh", "en"), "zh": ("zh", "ja", "en"), "en": ("en", "ja", "zh")}


def _language_key(language: str) -> str:
    language = language.lower()
    return "zh" if language.startswith("zh") else "en" if language.startswith("en") else "ja"


class Participant(Orderable):
    """A person on a record: an expert sent, or a trainee received, with their organisation.

    The name is shown to the public only with the person's consent (``name_consent``, with
    the date it was given); without it, the public sees the organisation and a count.
    """

    wagtail_reference_index_ignore = True

    record = ParentalKey(
        ProgrammeRecord,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("programme record"),
    )
    family_name_ja = models.CharField(_("family name (Japanese)"), max_length=60, blank=True)
    given_name_ja = models.CharField(_("given name (Japanese)"), max_length=60, blank=True)
    family_name_zh = models.CharField(_("family name (Chinese)"), max_length=60, blank=True)
    given_name_zh = models.CharField(_("given name (Chinese)"), max_length=60, blank=True)
    family_name_en = models.CharField(
        _("family name (English)"),
        max_length=60,
        blank=True,
        help_text=_("In Latin letters: Yamada, Wang"),
    )
    given_name_en = models.CharField(
        _("given name (English)"),
        max_length=60,
        blank=True,
        help_text=_("In Latin letters: Hanako, Li"),
    )
    organisation_ja = models.CharField(_("organisation (Japanese)"), max_length=200, blank=True)
    organisation_zh = models.CharField(_("organisation (Chinese)"), max_length=200, blank=True)
    organisation_en = models.CharField(_("organisation (English)"), max_length=200, blank=True)
    title_ja = models.CharField(_("position (Japanese)"), max_length=200, blank=True)
    title_zh = models.CharField(_("position (Chinese)"), max_length=200, blank=True)
    title_en = models.CharField(_("position (English)"), max_length=200, blank=True)
    name_consent = models.BooleanField(
        _("agrees to the name being published"),
        default=False,
        help_text=_("Without it, the public pages show only the organisation."),
    )
    name_consent_on = models.DateField(
        _("consent given on"),
        null=True,
        blank=True,
        help_text=_("The date of the person's written agreement."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.CheckConstraint(
                condition=Q(name_consent=False) | Q(name_consent_on__isnull=False),
                name="programmes_consent_has_date",
                violation_error_message=_("Enter the date on which the person agreed."),
            ),
            models.CheckConstraint(
                condition=~Q(organisation_ja="") | ~Q(organisation_zh="") | ~Q(organisation_en=""),
                name="programmes_participant_organisation",
                violation_error_message=_(
                    "Enter the person's organisation in one language at least."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(family_name_ja="") | ~Q(family_name_zh="") | ~Q(family_name_en=""),
                name="programmes_participant_family_name",
                violation_error_message=_(
                    "Enter the person's family name in one language at least."
                ),
            ),
        ]

    def __str__(self):
        # The admin's own labels: staff see every name.
        return self.full_name()

    def full_name(self, language: str | None = None) -> str:
        """The name in the reader's language and its order (core.names), whatever consent says.

        Where a language's columns are empty, the first other form is written in its own
        language's order: 宮本 貴章 on an English page rather than 貴章 宮本.
        """
        key = _language_key(language or get_language() or "ja")
        for code in _NAME_ORDER[key]:
            family = getattr(self, f"family_name_{code}")
            if family:
                return person_name(
                    family=family, given=getattr(self, f"given_name_{code}"), language=code
                )
        return ""

    @property
    def organisation(self) -> str:
        return in_language(
            ja=self.organisation_ja, zh=self.organisation_zh, en=self.organisation_en
        )

    @property
    def title(self) -> str:
        return in_language(ja=self.title_ja, zh=self.title_zh, en=self.title_en)

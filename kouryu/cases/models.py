"""Requests from local governments: organisations and their members, cases, messages,
attachments, the case history and the routing rules."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from kouryu.cases.storage import private_storage
from kouryu.cases.workdays import Calendar


def _pick(obj, language: str | None = None) -> str:
    language = language or get_language() or "ja"
    if language.startswith("zh"):
        return obj.name_zh or obj.name_ja or obj.name_en
    if language.startswith("en"):
        return obj.name_en or obj.name_ja or obj.name_zh
    return obj.name_ja or obj.name_zh or obj.name_en


class Language(models.TextChoices):
    """The language of correspondence of a case."""

    JA = "ja", "日本語"
    ZH = "zh-hans", "简体中文"


class Organisation(models.Model):
    """A requesting local government, linked to its place in the gazetteer once staff
    have confirmed it."""

    name_ja = models.CharField(_("name (Japanese)"), max_length=200, blank=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    place = models.ForeignKey(
        "places.Place",
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The prefecture, municipality, province or city in the gazetteer."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=False,
        help_text=_("Staff have checked the organisation against the gazetteer."),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    panels = [
        FieldPanel("name_ja"),
        FieldPanel("name_zh"),
        FieldPanel("name_en"),
        FieldPanel("place"),
        FieldPanel("confirmed"),
    ]

    class Meta:
        verbose_name = _("requesting organisation")
        verbose_name_plural = _("requesting organisations")
        ordering = ["name_ja", "name_zh"]
        constraints = [
            models.CheckConstraint(
                condition=Q(confirmed=False) | Q(place__isnull=False),
                name="cases_organisation_confirmed_has_place",
                violation_error_message=_("A confirmed organisation needs its place."),
            ),
            models.CheckConstraint(
                condition=~Q(name_ja="", name_zh="", name_en=""),
                name="cases_organisation_has_name",
                violation_error_message=_("Give the organisation a name."),
            ),
            # One organisation per name in each language, whatever the letter case.
            *(
                models.UniqueConstraint(
                    Lower(column),
                    condition=~Q(**{column: ""}),
                    name=f"cases_organisation_unique_{column}",
                    violation_error_message=message,
                )
                for column, message in (
                    ("name_ja", _("An organisation already has this Japanese name.")),
                    ("name_zh", _("An organisation already has this Chinese name.")),
                    ("name_en", _("An organisation already has this English name.")),
                )
            ),
        ]

    def __str__(self):
        return self.display_name()

    def display_name(self, language: str | None = None) -> str:
        return _pick(self, language)


class Membership(models.Model):
    """A login's membership of an organisation: asked for, approved by staff, and ended
    when the official moves on. The organisation's cases stay with the organisation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for approval")
        APPROVED = "approved", _("approved")
        REFUSED = "refused", _("refused")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        on_delete=models.CASCADE,
        related_name="case_memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(
        _("language of emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="ja",
    )
    requested_at = models.DateTimeField(_("asked"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-requested_at"]
        constraints = [
            # One current membership per login: an official works for one government.
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(left_at__isnull=True) & ~Q(status="refused"),
                name="cases_one_current_membership",
                violation_error_message=_("This login already belongs to an organisation."),
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.APPROVED and self.left_at is None


class Category(models.Model):
    """A kind of request, with its targets in working days and the fields it asks for."""

    class Kind(models.TextChoices):
        ACTIVITY = "activity", _("Activity support in China")
        RESEARCH = "research", _("Research on Chinese conditions")
        PARTNER = "partner", _("Finding a partner city")
        VISIT = "visit", _("Visit support")
        INFORMATION = "information", _("Information")

    slug = models.SlugField(_("slug"), unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    first_response_days = models.PositiveSmallIntegerField(
        _("first response within (working days)"), default=2
    )
    resolution_days = models.PositiveSmallIntegerField(
        _("resolution within (working days)"), default=10
    )
    calendar = models.CharField(
        _("working-day calendar"),
        max_length=10,
        choices=Calendar.choices,
        default=Calendar.CHINA,
        help_text=_("Where the work is done (decision 0013)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("request category")
        verbose_name_plural = _("request categories")
        ordering = ["sort_order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(resolution_days__gte=models.F("first_response_days")),
                name="cases_category_resolution_after_response",
                violation_error_message=_(
                    "The resolution target cannot be shorter than the first response's."
                ),
            )
        ]

    def __str__(self):
        return self.display_name()

    def display_name(self, language: str | None = None) -> str:
        return _pick(self, language)

    # The fields of the request form each kind asks for (kouryu.cases.forms).
    FIELDS = {
        Kind.ACTIVITY: ["visit_start", "visit_end", "cities", "delegates", "interpreter"],
        Kind.VISIT: ["visit_start", "visit_end", "cities", "delegates", "interpreter", "car"],
        Kind.RESEARCH: ["research_question", "research_deadline"],
        Kind.PARTNER: ["cities"],
        Kind.INFORMATION: [],
    }

    @property
    def fields(self) -> list[str]:
        return self.FIELDS.get(self.kind, [])


class Status(models.TextChoices):
    NEW = "new", _("new")
    ACKNOWLEDGED = "acknowledged", _("acknowledged")
    IN_PROGRESS = "in_progress", _("in progress")
    WAITING = "waiting", _("waiting for requester")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")
    REOPENED = "reopened", _("reopened")


OPEN_STATUSES = [
    Status.NEW,
    Status.ACKNOWLEDGED,
    Status.IN_PROGRESS,
    Status.WAITING,
    Status.REOPENED,
]


class Case(models.Model):
    """A request of an organisation to the office, and its handling."""

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="cases"
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="cases"
    )
    title = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("description"))
    language = models.CharField(
        _("language of correspondence"), max_length=10, choices=Language.choices
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        "offices.StaffAccount",
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cases",
    )
    # Fields of some categories (Category.FIELDS).
    visit_start = models.DateField(_("visit from"), null=True, blank=True)
    visit_end = models.DateField(_("visit until"), null=True, blank=True)
    cities = models.CharField(_("cities to visit"), max_length=300, blank=True)
    delegates = models.PositiveSmallIntegerField(_("number of delegates"), null=True, blank=True)
    interpreter = models.BooleanField(_("interpreter needed"), default=False)
    car = models.BooleanField(_("office car needed"), default=False)
    research_question = models.TextField(_("research question"), blank=True)
    research_deadline = models.DateField(_("research needed by"), null=True, blank=True)

    created_at = models.DateTimeField(_("received"), default=timezone.now)
    first_response_due = models.DateField(_("first response due"))
    resolution_due = models.DateField(_("resolution due"))
    first_responded_at = models.DateTimeField(_("first response"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # Optimistic locking: every staff change names the version it was made on.
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The form's one-time key: a second submit of the same form finds the first case.
    submission_key = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        verbose_name = _("request")
        verbose_name_plural = _("requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["requester", "submission_key"], name="cases_case_one_per_submission"
            ),
            models.CheckConstraint(
                condition=Q(visit_end__isnull=True)
                | Q(visit_start__isnull=True)
                | Q(visit_end__gte=models.F("visit_start")),
                name="cases_case_visit_dates_in_order",
                violation_error_message=_("The visit cannot end before it starts."),
            ),
        ]
        indexes = [models.Index(fields=["organisation", "status"], name="cases_org_status_idx")]

    def __str__(self):
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"R-{self.pk:05d}" if self.pk else "R-new"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class Message(models.Model):
    """A message on a case: the requester's, a staff reply, or an internal note."""

    class Kind(models.TextChoices):
        REQUESTER = "requester", _("from the requester")
        REPLY = "reply", _("reply to the requester")
        NOTE = "note", _("internal note")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    # The portal form's key: the same form sent twice stores one message.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"],
                condition=Q(submission_key__isnull=False),
                name="cases_message_one_per_submission",
            )
        ]

    def __str__(self):
        return f"{self.case.reference} {self.get_kind_display()}"

    @property
    def is_note(self) -> bool:
        return self.kind == self.Kind.NOTE


def _attachment_path(instance, filename: str) -> str:
    # The stored name says nothing of the case or of the original name.
    return f"cases/{uuid.uuid4().hex}"


class Attachment(models.Model):
    """A file on a message, stored privately; it is as visible as its message."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), storage=private_storage, upload_to=_attachment_path)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.name


class CaseEvent(models.Model):
    """The history of a case: received, status changes and assignments, who and when."""

    class Kind(models.TextChoices):
        CREATED = "created", _("received")
        STATUS = "status", _("status changed")
        ASSIGNED = "assigned", _("assigned")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    assignee = models.ForeignKey(
        "offices.StaffAccount",
        verbose_name=_("assigned to"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("case event")
        verbose_name_plural = _("case events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.case.reference} {self.get_kind_display()}"


class Region(models.TextChoices):
    """Japan's regions, by the first two digits of the local-government code."""

    HOKKAIDO = "hokkaido", _("Hokkaido")
    TOHOKU = "tohoku", _("Tohoku")
    KANTO = "kanto", _("Kanto")
    CHUBU = "chubu", _("Chubu")
    KINKI = "kinki", _("Kinki")
    CHUGOKU = "chugoku", _("Chugoku")
    SHIKOKU = "shikoku", _("Shikoku")
    KYUSHU = "kyushu", _("Kyushu and Okinawa")


REGION_PREFECTURES = {
    Region.HOKKAIDO: range(1, 2),
    Region.TOHOKU: range(2, 8),
    Region.KANTO: range(8, 15),
    Region.CHUBU: range(15, 24),
    Region.KINKI: range(24, 31),
    Region.CHUGOKU: range(31, 36),
    Region.SHIKOKU: range(36, 40),
    Region.KYUSHU: range(40, 48),
}


def region_of(place) -> str:
    """The Japanese region of a place, from its code; "" for a place outside Japan."""
    if place is None or not place.code or place.country.code != "JP":
        return ""
    number = int(place.code[:2])
    return next((r for r, codes in REGION_PREFECTURES.items() if number in codes), "")


class RoutingRule(models.Model):
    """Who a new case goes to: the first active rule, by priority, that matches the
    organisation's place (the place itself or any place within it), its region and the
    category. A rule without a staff login sends the case to the office queue."""

    priority = models.PositiveSmallIntegerField(
        _("priority"), default=100, help_text=_("Rules with a lower number are tried first.")
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Empty: any category."),
    )
    place = models.ForeignKey(
        "places.Place",
        verbose_name=_("place"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A prefecture or province matches every place within it. Empty: any."),
    )
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, blank=True, help_text=_("Empty: any.")
    )
    assignee = models.ForeignKey(
        "offices.StaffAccount",
        verbose_name=_("assign to"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty: the office queue (unassigned)."),
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("priority"),
        FieldPanel("category"),
        FieldPanel("place"),
        FieldPanel("region"),
        FieldPanel("assignee"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["priority", "pk"]

    def __str__(self):
        parts = [
            str(self.category or _("any category")),
            str(self.place or self.get_region_display() or _("anywhere")),
        ]
        return " / ".join(parts) + f" → {self.assignee or _('office queue')}"

    def clean(self):
        from kouryu.cases.selectors import may_handle_cases

        super().clean()
        if self.assignee_id and not may_handle_cases(self.assignee):
            raise ValidationError(
                {"assignee": _("This login may not handle requests; choose another.")}
            )


class CarBooking(models.Model):
    """The office car, with its driver, booked for a case's visit.

    One car: two bookings may not overlap. The service checks; on PostgreSQL an exclusion
    constraint over the time range guards it too (migration 0002), so that two bookings
    made at the same moment cannot both be stored.
    """

    case = models.ForeignKey(
        Case, verbose_name=_("request"), on_delete=models.CASCADE, related_name="car_bookings"
    )
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    with_driver = models.BooleanField(_("with the driver"), default=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("booked"), default=timezone.now)

    class Meta:
        verbose_name = _("car booking")
        verbose_name_plural = _("car bookings")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="cases_carbooking_ends_after_start",
                violation_error_message=_("A booking ends after it starts."),
            )
        ]

    def __str__(self):
        return f"{self.case.reference} {self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"

"""Events as translatable pages, their kinds with registration questions, and the
registrations: one contact and the people who come, each with their own answers."""

import datetime
import secrets
import uuid
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from kouryu.core.i18n import in_language
from kouryu.core.pages import OfficePage
from kouryu.core.requestcache import memo

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]

# The zones the office's events take place in; the first is the office's own.
TIME_ZONES = [
    ("Asia/Shanghai", _("Beijing time (Asia/Shanghai)")),
    ("Asia/Tokyo", _("Japan time (Asia/Tokyo)")),
    ("Asia/Hong_Kong", "Asia/Hong_Kong"),
    ("Asia/Seoul", "Asia/Seoul"),
    ("Asia/Singapore", "Asia/Singapore"),
    ("UTC", "UTC"),
]
# How a reader is told which clock a time is on.
ZONE_NAMES = {
    "Asia/Shanghai": _("Beijing time"),
    "Asia/Tokyo": _("Japan time"),
}


def zone_label(name: str) -> str:
    return str(ZONE_NAMES.get(name, name))


def short_code() -> str:
    """Eight characters a person can read out or type: no 0/O, 1/I/L."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(8))


def new_nonce() -> str:
    return secrets.token_urlsafe(12)


class EventKind(ClusterableModel):
    """A kind of event (seminar, cooking event, tourism fair…) and what its form asks."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    keep_days = models.PositiveSmallIntegerField(
        _("days personal data is kept after the event"),
        default=90,
        help_text=_(
            "After this many days, registrants' names, addresses and answers are removed; "
            "the numbers stay for the statistics. The form's privacy notice says so."
        ),
    )

    panels = [
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("name_ja"), FieldPanel("name_zh"), FieldPanel("name_en")]),
        FieldPanel("keep_days"),
        InlinePanel("questions", heading=_("Registration questions"), label=_("Question")),
    ]

    class Meta:
        verbose_name = _("event kind")
        verbose_name_plural = _("event kinds")
        ordering = ["slug"]

    def __str__(self):
        return self.name()

    def name(self, language: str | None = None) -> str:
        return in_language(ja=self.name_ja, zh=self.name_zh, en=self.name_en, language=language)


class Question(Orderable):
    """One question of a kind's registration form, asked of the contact or of each person."""

    class FieldType(models.TextChoices):
        TEXT = "text", _("Short text")
        TEXTAREA = "textarea", _("Longer text")
        NUMBER = "number", _("Number")
        YES_NO = "yes_no", _("Yes or no")
        CHOICE = "choice", _("One of a list")

    class Asked(models.TextChoices):
        ATTENDEE = "attendee", _("Of each person")
        REGISTRATION = "registration", _("Once per registration")

    kind = ParentalKey(EventKind, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(
        _("key"), max_length=40, help_text=_("Names the answer in exports; never shown.")
    )
    label_ja = models.CharField(_("question (Japanese)"), max_length=200)
    label_zh = models.CharField(_("question (Chinese)"), max_length=200, blank=True)
    label_en = models.CharField(_("question (English)"), max_length=200, blank=True)
    field_type = models.CharField(
        _("type of answer"), max_length=20, choices=FieldType.choices, default=FieldType.TEXT
    )
    choices_ja = models.TextField(_("choices (Japanese)"), blank=True, help_text=_("One a line."))
    choices_zh = models.TextField(_("choices (Chinese)"), blank=True, help_text=_("One a line."))
    choices_en = models.TextField(_("choices (English)"), blank=True, help_text=_("One a line."))
    required = models.BooleanField(_("required"), default=False)
    asked = models.CharField(
        pgettext_lazy("question", "asked of"),
        max_length=20,
        choices=Asked.choices,
        default=Asked.ATTENDEE,
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("field_type"), FieldPanel("asked")]),
        FieldPanel("label_ja"),
        FieldPanel("label_zh"),
        FieldPanel("label_en"),
        FieldRowPanel(
            [FieldPanel("choices_ja"), FieldPanel("choices_zh"), FieldPanel("choices_en")]
        ),
        FieldPanel("required"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("registration question")
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="events_question_key_unique")
        ]

    def __str__(self):
        return self.label()

    def label(self, language: str | None = None) -> str:
        return in_language(ja=self.label_ja, zh=self.label_zh, en=self.label_en, language=language)

    def choices(self, language: str | None = None) -> list[str]:
        text = in_language(
            ja=self.choices_ja, zh=self.choices_zh, en=self.choices_en, language=language
        )
        return [line.strip() for line in text.splitlines() if line.strip()]

    def display(self, value, language: str | None = None) -> str:
        """An answer as a reader of ``language`` reads it (choices are stored by number)."""
        if value in (None, ""):
            return ""
        if self.field_type == self.FieldType.YES_NO:
            return str(_("Yes") if value else _("No"))
        if self.field_type == self.FieldType.CHOICE:
            choices = self.choices(language)
            try:
                return choices[int(value)]
            except (ValueError, IndexError):
                return str(value)
        return str(value)


class EventIndexPage(RoutablePageMixin, OfficePage, Page):
    """/<lang>/events/: upcoming and past events, the feed and the calendar subscription."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def get_template(self, request, *args, **kwargs):
        return "events/public/index.html"

    # The views are in kouryu.events.views.public; the routes only hand over.
    @path("")
    def upcoming(self, request):
        from kouryu.events.views import public

        return public.event_list(request, index=self, past=False)

    @path("past/")
    def past(self, request):
        from kouryu.events.views import public

        return public.event_list(request, index=self, past=True)

    @path("feed/")
    def feed(self, request):
        from kouryu.events.views import public

        return public.event_feed(request, index=self)

    @path("calendar/")
    def calendar(self, request):
        from kouryu.events.views import public

        return public.event_calendar(request, index=self)


class EventPage(RoutablePageMixin, OfficePage, Page):
    """One event: when, where, how many seats, and its registration form."""

    kind = models.ForeignKey(
        EventKind, verbose_name=_("kind"), on_delete=models.PROTECT, related_name="+"
    )
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, help_text=_("Shown in lists and feeds.")
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    venue = models.CharField(_("venue"), max_length=300)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONES,
        default="Asia/Shanghai",
        help_text=_("The clock of the place where the event is held; times are shown in it."),
    )
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("Seats for the whole event; leave empty when only ticket types have seats."),
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the event starts."),
    )
    max_group_size = models.PositiveSmallIntegerField(
        _("largest group in one registration"), default=10
    )
    allow_group_split = models.BooleanField(
        _("groups may be split"),
        default=False,
        help_text=_(
            "If set, a group may choose to take the seats left and put the rest of its "
            "people on the waiting list."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("venue"),
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")],
            heading=_("Time"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_opens_at"),
                FieldPanel("registration_closes_at"),
                FieldPanel("max_group_size"),
                FieldPanel("allow_group_split"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("ticket_types", heading=_("Ticket types"), label=_("Ticket type")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("venue"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_template(self, request, *args, **kwargs):
        return "events/public/event.html"

    @path("")
    def detail(self, request):
        from kouryu.events.views import public

        return public.event_detail(request, event=self)

    @path("register/")
    def register(self, request):
        from kouryu.events.views import public

        return public.event_register(request, event=self)

    @path("calendar/", name="ics")
    def ics(self, request):
        from kouryu.events.views import public

        return public.event_ics(request, event=self)

    @re_path(r"^registration/(?P<token>[\w\-]{1,300})/$")
    def manage(self, request, token):
        from kouryu.events.views import public

        return public.registration_manage(request, event=self, token=token)

    def clean(self):
        super().clean()
        try:
            zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise ValidationError({"time_zone": _("Unknown time zone.")}) from error
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event cannot end before it starts.")})
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at < self.registration_opens_at
        ):
            raise ValidationError(
                {"registration_closes_at": _("Registration cannot close before it opens.")}
            )

    # Times, in the event's own zone -----------------------------------------

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def zone_label(self) -> str:
        return zone_label(self.time_zone)

    @property
    def local_start(self) -> datetime.datetime:
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> datetime.datetime:
        return self.ends_at.astimezone(self.zone)

    def when(self) -> str:
        """Date and time in the event's zone, saying which clock: "2026年6月10日 14:00–17:00
        北京時間" (in the active language)."""
        start, end = self.local_start, self.local_end
        text = f"{date_format(start, 'DATE_FORMAT')} {start:%H:%M}–"
        if end.date() != start.date():
            text += f"{date_format(end, 'DATE_FORMAT')} "
        return f"{text}{end:%H:%M} {self.zone_label}"

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    def registration_open(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        if self.registration_opens_at and now < self.registration_opens_at:
            return False
        closes = self.registration_closes_at or self.starts_at
        return now < closes

    # Shared across translations ---------------------------------------------

    def original(self) -> "EventPage":
        """The page in the default language: its seats and ticket types count for every
        translation (read once per request)."""
        if getattr(self, "_is_original", False):
            return self
        original = memo(("events:original", self.pk), self._original)
        original._is_original = True
        return original

    def _original(self) -> "EventPage":
        # One query, whichever language this page is in: the default language's page,
        # with the event's kind (every translation has the original's).
        found = (
            EventPage.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .select_related("kind")
            .first()
        )
        if found is None:
            return self
        if found.kind_id == self.kind_id:
            self.kind = found.kind
        return self if found.pk == self.pk else found

    def tickets(self) -> list["TicketType"]:
        """The ticket types of the original, read once per request (the registration
        service reads them afresh under its lock)."""
        original = self.original()
        return memo(("events:tickets", original.pk), lambda: list(original.ticket_types.all()))


class TicketType(Orderable):
    """Seats set aside for one kind of participant (officials, the general public…)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="ticket_types")
    key = models.SlugField(_("key"), max_length=40)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=100, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Empty: only the event's seats count.")
    )

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("capacity")]),
        FieldRowPanel([FieldPanel("name_ja"), FieldPanel("name_zh"), FieldPanel("name_en")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("ticket type")

    def __str__(self):
        return self.name()

    def name(self, language: str | None = None) -> str:
        return in_language(ja=self.name_ja, zh=self.name_zh, en=self.name_en, language=language)


class Roster(models.Model):
    """The registrations of one event, whatever the language: the row that is locked while
    seats are given out, so that two registrations never take the same seat."""

    event_key = models.UUIDField(_("event"), unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Written under the lock, so that SQLite takes its write lock at the start.
    touched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("roster")

    def __str__(self):
        return str(self.event_key)


class Registration(models.Model):
    """One form sent: a contact, and one or more people who come."""

    roster = models.ForeignKey(Roster, on_delete=models.PROTECT, related_name="registrations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    contact_name = models.CharField(_("contact name"), max_length=200)
    email = models.EmailField(_("email address"), max_length=254)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    ticket = models.CharField(_("ticket type"), max_length=40, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    split_ok = models.BooleanField(_("group may be split"), default=False)
    # Sent with the form once: a second submit of the same form finds the first.
    submission_key = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    code = models.CharField(_("check-in code"), max_length=12, unique=True, default=short_code)
    # Part of the signed link to cancel or change; replaced when the link is used.
    link_nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        permissions = [("checkin_registration", _("Can check registrants in"))]
        indexes = [models.Index(fields=["roster", "created_at"], name="events_reg_roster")]

    def __str__(self):
        return self.code

    @property
    def reference(self) -> str:
        """Names the registration's emails, so that they go when its personal data goes."""
        return f"event-registration:{self.code}"


class Attendee(models.Model):
    """A person who comes, with their answers, a seat or a place on the waiting list."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", pgettext_lazy("seat", "Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendees"
    )
    # Kept with each person, so that seats per ticket type count without a join.
    roster = models.ForeignKey(Roster, on_delete=models.PROTECT, related_name="attendees")
    ticket = models.CharField(_("ticket type"), max_length=40, blank=True)
    name = models.CharField(pgettext_lazy("person", "name"), max_length=200)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    # The waiting list's order: when the person joined it (arrival under the roster's lock).
    queued_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    promoted_at = models.DateTimeField(
        _("given a seat from the waiting list"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["confirmed", "waitlisted", "cancelled"]),
                name="events_attendee_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="waitlisted") | models.Q(queued_at__isnull=False),
                name="events_attendee_waitlisted_has_time",
            ),
        ]
        indexes = [models.Index(fields=["roster", "status", "ticket"], name="events_att_seats")]

    def __str__(self):
        return self.name or str(self.pk)


class Mailing(models.Model):
    """A message from staff to an event's registrants or its waiting list, sent as a task."""

    class Audience(models.TextChoices):
        ALL = "all", _("Everyone with a seat or on the waiting list")
        CONFIRMED = "confirmed", _("Everyone with a seat")
        WAITLISTED = "waitlisted", _("The waiting list")

    roster = models.ForeignKey(Roster, on_delete=models.CASCADE, related_name="mailings")
    audience = models.CharField(_("to"), max_length=20, choices=Audience.choices)
    subject_ja = models.CharField(_("subject (Japanese)"), max_length=200)
    subject_zh = models.CharField(_("subject (Chinese)"), max_length=200, blank=True)
    subject_en = models.CharField(_("subject (English)"), max_length=200, blank=True)
    body_ja = models.TextField(_("message (Japanese)"))
    body_zh = models.TextField(_("message (Chinese)"), blank=True)
    body_en = models.TextField(_("message (English)"), blank=True)
    total = models.PositiveIntegerField(default=0)
    sent = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("message to registrants")
        verbose_name_plural = _("messages to registrants")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject_ja

    def subject_in(self, language: str) -> str:
        return in_language(
            ja=self.subject_ja, zh=self.subject_zh, en=self.subject_en, language=language
        )

    def body_in(self, language: str) -> str:
        return in_language(ja=self.body_ja, zh=self.body_zh, en=self.body_en, language=language)

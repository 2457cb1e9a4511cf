"""Models the whole platform shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ThrottleHit(models.Model):
    """One counted action (a confirmation email sent, a registration made) for rate limits.

    Keys are hashed (kouryu.core.throttle), so no address or IP is kept here in clear.
    """

    scope = models.CharField(_("scope"), max_length=50)
    key = models.CharField(_("key"), max_length=64)
    created_at = models.DateTimeField(_("created at"), db_index=True)

    class Meta:
        verbose_name = _("rate-limit entry")
        verbose_name_plural = _("rate-limit entries")
        indexes = [models.Index(fields=["scope", "key", "created_at"], name="core_throttle_lookup")]

    def __str__(self):
        return f"{self.scope} {self.created_at:%Y-%m-%d %H:%M}"


class OutboundEmail(models.Model):
    """An email the site sends (kouryu.core.mail): rendered in its recipient's language,
    sent by a task, retried when the mail server fails, and kept so staff can see it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    to = models.EmailField(_("to"), max_length=254)
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    # Files attached as (name, content type, base64 content), e.g. a calendar entry.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    category = models.CharField(
        _("category"),
        max_length=50,
        help_text=_("What the email is about, for staff: case reply, event confirmation…"),
    )
    reference = models.CharField(
        _("reference"),
        max_length=100,
        blank=True,
        help_text=_("The case, registration… it is about."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"], name="core_outbound_status")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "sent", "failed"]),
                name="core_outbound_status_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="sent") | models.Q(sent_at__isnull=False),
                name="core_outbound_sent_has_date",
            ),
        ]

    def __str__(self):
        return f"{self.subject} → {self.to}"

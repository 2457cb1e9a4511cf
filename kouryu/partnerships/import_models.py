"""An upload of registry data, from its check to its import: private to the one who uploaded it."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RegistryImport(models.Model):
    """A CSV file a staff member uploaded, the background check of it, and the import.

    The file stays in the database (never under MEDIA_ROOT, which may be served), belongs
    to its uploader, and expires a day after the upload.
    """

    class Status(models.TextChoices):
        CHECKING = "checking", _("Being checked")
        CHECKED = "checked", _("Checked")
        APPLYING = "applying", _("Being imported")
        APPLIED = "applied", _("Imported")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    text = models.TextField(_("file contents"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CHECKING
    )
    done = models.PositiveIntegerField(_("rows checked"), default=0)
    total = models.PositiveIntegerField(_("rows in all"), default=0)
    report = models.JSONField(_("result of the check"), default=dict, blank=True)
    result = models.JSONField(_("result of the import"), default=dict, blank=True)
    message = models.TextField(_("message"), blank=True)
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    applied_at = models.DateTimeField(_("imported at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registry import")
        verbose_name_plural = _("registry imports")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["checking", "checked", "applying", "applied"]),
                name="partnerships_import_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(done__lte=models.F("total")),
                name="partnerships_import_progress_within_total",
            ),
        ]
        indexes = [models.Index(fields=["expires_at"], name="partnerships_import_expiry")]

    def __str__(self):
        return self.file_name or str(self.pk)

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at

    @property
    def is_running(self) -> bool:
        return self.status in (self.Status.CHECKING, self.Status.APPLYING)

    @property
    def can_apply(self) -> bool:
        report = self.report or {}
        return (
            self.status == self.Status.CHECKED
            and bool(report)
            and not report.get("problems")
            and (report.get("created", 0) + report.get("updated", 0)) > 0
        )

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

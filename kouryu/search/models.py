"""The search index: one entry per indexed object (or per language of it), with its tokens.

The full-text store lives beside this table and is not part of the model state: on
SQLite an FTS5 table kept in step by triggers, on PostgreSQL a generated ``tsvector``
column with a GIN index (see migrations/0002 and stores.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

TITLE_MAX_LENGTH = 500
# Longer texts (a report's PDF) are indexed up to here: PostgreSQL's tsvector holds
# at most 1 MB, and a snippet needs no more.
BODY_MAX_CHARS = 100_000


class SearchEntry(models.Model):
    # Short columns first: a search reads is_public, language and kind of every match,
    # and on SQLite a column after a long text costs a walk through overflow pages.
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("type"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("object ID"), max_length=64)
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Live and not private: shown in public results."),
    )
    language = models.CharField(_("language"), max_length=16, blank=True)
    per_language = models.BooleanField(
        _("one of its languages"),
        default=False,
        help_text=_("The object has one entry per language; this is one of them."),
    )
    kind = models.CharField(_("kind"), max_length=32)
    date = models.DateTimeField(_("date"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    url = models.TextField(_("address"), blank=True)
    title_tokens = models.TextField(_("title tokens"), blank=True)
    body_tokens = models.TextField(_("text tokens"), blank=True)
    reading_tokens = models.TextField(_("reading tokens"), blank=True)
    # Other names and readings, for matching only (never shown): one per line, as
    # "language<TAB>text", each analysed in its own language.
    readings = models.TextField(_("readings"), blank=True)
    body = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="kouryu_search_entry_unique_object_language",
            )
        ]
        indexes = [
            models.Index(fields=["is_public", "language", "kind"], name="kouryu_search_filters"),
        ]

    def __str__(self):
        return self.title

"""The gazetteer: countries, places with their codes, names and readings, and name aliases."""

from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kouryu.core.i18n import in_language


class Country(models.Model):
    """A country by its ISO 3166-1 alpha-2 code."""

    code = models.CharField(_("ISO 3166-1 code"), max_length=2, unique=True)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="places_country_code_iso"
            ),
        ]

    def __str__(self):
        return self.display_name()

    def display_name(self, language: str | None = None) -> str:
        return _name_in(self, language)


class PlaceKind(models.TextChoices):
    PREFECTURE = "prefecture", _("prefecture")
    MUNICIPALITY = "municipality", _("municipality")
    WARD = "ward", _("ward of a designated city")
    PROVINCE = "province", _("province-level division")
    PREFECTURE_CITY = "prefecture_city", _("prefecture-level division")
    COUNTY = "county", _("county-level division")
    OTHER = "other", _("other place")


# English words for a place's suffix, for display: 広島県 is "Hiroshima Prefecture",
# 広島市 is "Hiroshima". Cities and province-level names are written bare in English.
_ENGLISH_DESIGNATION = {
    "県": "Prefecture",
    "府": "Prefecture",
    "町": "Town",
    "村": "Village",
    "县": "County",
    "旗": "Banner",
    "盟": "League",
    "地区": "Prefecture",
}
_ENGLISH_AUTONOMOUS = (
    ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"),
    ("自治旗", "Autonomous Banner"),
)


class Place(models.Model):
    """A place with a name: a Japanese prefecture, municipality or ward, a Chinese
    division at province, prefecture or county level, or a partner place elsewhere
    (kind 'other', known only by its country and name)."""

    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="places", verbose_name=_("country")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PlaceKind.choices)
    code = models.CharField(
        _("code"),
        max_length=12,
        null=True,
        blank=True,
        help_text=_(
            "Japan: the six-digit local-government code with its check digit "
            "(全国地方公共団体コード). China: the six-digit GB/T 2260 administrative code."
        ),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    level = models.PositiveSmallIntegerField(
        _("level"),
        null=True,
        blank=True,
        help_text=_("1: prefecture or province; 2: municipality or prefecture-level; 3: below."),
    )
    name_ja = models.CharField(_("name (Japanese)"), max_length=100, blank=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100, blank=True)
    name_en = models.CharField(
        _("name (English)"),
        max_length=100,
        help_text=_("Without the administrative suffix: Kobe, not Kobe City."),
    )
    suffix = models.CharField(
        _("administrative suffix"),
        max_length=20,
        blank=True,
        help_text=_("The suffix of the local name, as written there: 市, 県, 区, 自治州…"),
    )
    reading_kana = models.CharField(_("reading (kana)"), max_length=100, blank=True)
    reading_pinyin = models.CharField(_("reading (Pinyin)"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    source = models.CharField(_("source"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["country", "code", "name_en"]
        constraints = [
            models.UniqueConstraint(fields=["country", "code"], name="places_place_unique_code"),
            models.UniqueConstraint(
                fields=["country", "name_en"],
                condition=Q(kind="other"),
                name="places_place_unique_other_name",
            ),
            models.CheckConstraint(
                condition=Q(kind="other") | Q(code__isnull=False),
                name="places_place_code_required",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="places_place_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="places_place_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="places_place_coordinates_paired",
            ),
            models.CheckConstraint(
                condition=Q(level__isnull=True) | Q(level__gte=1, level__lte=3),
                name="places_place_level_range",
            ),
        ]
        indexes = [models.Index(fields=["country", "kind"], name="places_country_kind_idx")]

    def __str__(self):
        return self.display_name()

    def display_name(self, language: str | None = None) -> str:
        """The name in the active language (ja, zh-hans or en), with its suffix.

        English adds the designation that tells a prefecture from its capital
        (Hiroshima Prefecture, Hiroshima) and a county from a city.
        """
        language = (language or get_language() or "ja").lower()
        if language.startswith("en") and self.name_en:
            return self.english_name
        if self.kind == PlaceKind.OTHER:
            # A place abroad without a name in the reader's language reads in English
            # (Charleroi), not in the other CJK language's transliteration.
            own = self.name_zh if language.startswith("zh") else self.name_ja
            return own or self.name_en or _name_in(self, language)
        return _name_in(self, language)

    @property
    def english_name(self) -> str:
        designation = self._english_designation()
        return f"{self.name_en} {designation}" if designation else self.name_en

    def _english_designation(self) -> str:
        if self.kind == PlaceKind.OTHER or not self.suffix:
            return ""
        if self.suffix == "区":
            return "District" if self.kind == PlaceKind.COUNTY else "Ward"
        for ending, designation in _ENGLISH_AUTONOMOUS:
            if self.suffix.endswith(ending):
                return designation
        return _ENGLISH_DESIGNATION.get(self.suffix, "")


def _name_in(obj, language: str | None) -> str:
    return in_language(ja=obj.name_ja, zh=obj.name_zh, en=obj.name_en, language=language)


class AliasKind(models.TextChoices):
    JA = "ja", _("Japanese")
    ZH_HANS = "zh_hans", _("Simplified Chinese")
    ZH_HANT = "zh_hant", _("Traditional Chinese")
    KANA = "kana", _("kana reading")
    ROMAJI = "romaji", _("romaji")
    PINYIN = "pinyin", _("Pinyin")
    EN = "en", _("English")


class PlaceAlias(models.Model):
    """A name of a place, stored as the resolver's normalised key.

    The key is the name without its administrative suffix (the place's suffix is on
    the place), folded by kouryu.places.normalisation: 神戸市, 神户市 and 神戶市 all
    give the key 神戶, Kobe and Kōbe give kobe. Each written form keeps its own row
    (name and kind), so one key may appear once per kind.
    """

    place = models.ForeignKey(
        Place, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("place")
    )
    text = models.CharField(_("normalised name"), max_length=100)
    name = models.CharField(_("name as written"), max_length=100)
    kind = models.CharField(_("kind"), max_length=10, choices=AliasKind.choices)

    class Meta:
        verbose_name = _("place alias")
        verbose_name_plural = _("place aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["place", "text", "kind"], name="places_alias_unique_text_kind"
            ),
        ]
        indexes = [
            models.Index(fields=["text"], name="places_alias_text_idx"),
            # Prefix search (LIKE 'key%') on PostgreSQL with a non-C collation needs the
            # pattern operator class; SQLite ignores it.
            models.Index(
                fields=["text"],
                name="places_alias_text_like_idx",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_kind_display()})"

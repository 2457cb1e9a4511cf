"""Forms of the registry: the public filters, and the CSV upload in the admin."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kouryu.core import pagecache
from kouryu.core.widgets import QuickSelect
from kouryu.offices.selectors import office_countries
from kouryu.partnerships.models import (
    PartnershipKind,
    PartnershipLevel,
    PartnershipStatus,
)
from kouryu.partnerships.selectors import kind_counts
from kouryu.places.models import Place


def top_level_places(country: str):
    """A country's first-level divisions (prefectures, provinces), in code order."""
    return Place.objects.filter(country__code=country, level=1).order_by("code")


def place_choices(country: str) -> list[tuple[int, str]]:
    """The first-level divisions as choices, named in the reader's language; kept for the
    generation (a saved place starts a new one)."""
    return pagecache.kept_for_generation(
        f"registry:divisions:{country}:{get_language()}",
        lambda: [(place.pk, place.display_name()) for place in top_level_places(country)],
    )


SORTS = [
    ("date", _("Oldest first")),
    ("-date", _("Newest first")),
    ("japan", _("Japanese side")),
    ("partner", _("Partner")),
]
FIRST_YEAR = 1950


class PlaceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.display_name()


class PartnershipFilterForm(forms.Form):
    """Filters of the public list, map and export; every field is optional."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    # The two sides are the office's countries (kouryu.offices): the querysets are set per
    # form, from the office that runs the site.
    prefecture = PlaceChoiceField(
        label=_("Japanese prefecture"),
        queryset=Place.objects.none(),
        required=False,
        empty_label=_("All prefectures"),
        widget=QuickSelect,
    )
    province = PlaceChoiceField(
        label=_("Province or region"),
        queryset=Place.objects.none(),
        required=False,
        empty_label=_("All provinces and regions"),
        widget=QuickSelect,
    )
    level = forms.ChoiceField(
        label=_("Level"),
        choices=[("", _("All levels")), *PartnershipLevel.choices],
        required=False,
        widget=QuickSelect,
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("All kinds")), *PartnershipKind.choices],
        required=False,
        widget=QuickSelect,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *PartnershipStatus.choices],
        required=False,
        widget=QuickSelect,
    )
    year_from = forms.IntegerField(
        label=_("Agreed in or after (year)"), required=False, min_value=FIRST_YEAR
    )
    year_to = forms.IntegerField(
        label=_("Agreed in or before (year)"), required=False, min_value=FIRST_YEAR
    )
    undated = forms.BooleanField(label=_("Only records without a known date"), required=False)
    sort = forms.ChoiceField(label=_("Sort"), choices=SORTS, required=False, widget=QuickSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = office_countries()
        self.countries = countries
        for name, country in (("prefecture", countries.home), ("province", countries.partner)):
            field = self.fields[name]
            field.queryset = top_level_places(country)  # what a choice is checked against
            field.choices = [("", field.empty_label), *place_choices(country)]
        self.fields["province"].label = _("Province or region of %(country)s") % {
            "country": countries.partner_name
        }
        if self.offer_only_recorded_kinds:
            self._offer_recorded_kinds()
        for name, text in (
            ("year_from", _("Enter a year of four digits, from %(first)s to %(last)s.")),
            ("year_to", _("Enter a year of four digits, from %(first)s to %(last)s.")),
        ):
            message = text % {"first": FIRST_YEAR, "last": timezone.localdate().year}
            self.fields[name].error_messages.update(
                {"min_value": message, "max_value": message, "invalid": message}
            )
        # This year is read per form, not once at start-up: a server running over the
        # new year must accept it. A validator, not max_value: IntegerField turns
        # max_value into a validator only in its own __init__. Without the bound, a year
        # such as 20261 reached the date lookups, which cannot build that date.
        this_year = timezone.localdate().year
        for name in ("year_from", "year_to"):
            field = self.fields[name]
            field.max_value = this_year
            field.validators.append(MaxValueValidator(this_year))
            field.widget.attrs.update({"min": FIRST_YEAR, "max": this_year})

    # The public form offers the kinds some record has, with their counts; the API accepts
    # every kind, whatever the data.
    offer_only_recorded_kinds = True

    def _offer_recorded_kinds(self) -> None:
        """Only the kinds some record has, with their counts, and the one asked for (even
        with no record, so that its empty list says so). When no record has a known kind
        (the sources often do not say) and none is asked for, there is nothing to choose."""
        counts = kind_counts()
        asked = self.data.get("kind", "") if self.is_bound else ""
        if not (set(counts) - {PartnershipKind.UNSPECIFIED}) and not asked:
            del self.fields["kind"]
            return
        self.fields["kind"].choices = [
            ("", _("All kinds")),
            *(
                (value, f"{label} ({counts.get(value, 0):,})")
                for value, label in PartnershipKind.choices
                if value in counts or value == asked
            ),
        ]

    def clean(self):
        data = super().clean()
        if data.get("undated") and (data.get("year_from") or data.get("year_to")):
            self.add_error(
                "undated", _("Records without a date have no year: choose one or the other.")
            )
        if data.get("year_from") and data.get("year_to") and data["year_from"] > data["year_to"]:
            self.add_error("year_to", _("The end year comes before the start year."))
        return data

    @property
    def filters(self) -> dict:
        """The valid filters; an invalid field is left out, never guessed."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {k: v for k, v in data.items() if v not in (None, "") and k not in self.errors}


class PartnershipImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with a header row. At most %(size)d MB.")
        % {"size": settings.KOURYU_IMPORT_MAX_BYTES // (1024 * 1024)},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.KOURYU_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is too large (%(size)d MB at most).")
                % {"size": settings.KOURYU_IMPORT_MAX_BYTES // (1024 * 1024)}
            )
        raw = upload.read()
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")
            ) from None

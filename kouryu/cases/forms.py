"""Forms of the portal and of the staff case page."""

import datetime
import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kouryu.cases.models import Category, Language, Message, Organisation, Status
from kouryu.cases.selectors import category_list, organisation_choices
from kouryu.cases.services import MAX_FILES, CaseFields, files_check


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            files = [single(d, initial) for d in data if d]
        else:
            files = [single(data, initial)] if data else []
        return files_check(files)


def _files_field():
    return MultipleFileField(
        label=_("Attachments"),
        help_text=_(
            "Up to %(count)d files of 10 MB each: PDF, Word, Excel, PowerPoint, JPEG, PNG, "
            "text or CSV."
        )
        % {"count": MAX_FILES},
    )


FORM_EXPIRED = _("This form could not be read; reload the page and send it again.")


class SubmissionKeyForm(forms.Form):
    """A form with a key of its own, so that sending it twice does one thing; a missing or
    damaged key is said above the form (the field is hidden)."""

    submission_key = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={"required": FORM_EXPIRED, "invalid": FORM_EXPIRED},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = uuid.uuid4()

    def clean(self):
        data = super().clean()
        if "submission_key" in self._errors:
            self.add_error(None, list(self._errors.pop("submission_key")))
        return data


def request_date_window() -> tuple[datetime.date, datetime.date]:
    """The dates a request may name: from a year ago (a visit being reported) to five
    years ahead."""
    today = timezone.localdate()
    return today - datetime.timedelta(days=365), today + datetime.timedelta(days=5 * 365)


class CaseForm(SubmissionKeyForm):
    """A new request; the category decides which of the optional fields count."""

    category = forms.ModelChoiceField(queryset=Category.objects.none(), label=_("Category"))
    title = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea)
    language = forms.ChoiceField(label=_("Language of correspondence"), choices=Language.choices)
    visit_start = forms.DateField(
        label=_("Visit from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    visit_end = forms.DateField(
        label=_("Visit until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    cities = forms.CharField(label=_("Cities to visit"), max_length=300, required=False)
    delegates = forms.IntegerField(
        label=_("Number of delegates"), min_value=1, max_value=500, required=False
    )
    interpreter = forms.BooleanField(label=_("An interpreter is needed"), required=False)
    car = forms.BooleanField(label=_("The office car is needed"), required=False)
    research_question = forms.CharField(
        label=_("Research question"), widget=forms.Textarea, required=False
    )
    research_deadline = forms.DateField(
        label=_("Research needed by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    files = _files_field()

    REQUIRED = {
        Category.Kind.ACTIVITY: ["visit_start", "visit_end", "cities", "delegates"],
        Category.Kind.VISIT: ["visit_start", "visit_end", "cities", "delegates"],
        Category.Kind.RESEARCH: ["research_question"],
        Category.Kind.PARTNER: [],
        Category.Kind.INFORMATION: [],
    }

    def __init__(self, *args, language: str = "ja", **kwargs):
        kwargs.setdefault(
            "initial",
            {"language": "zh-hans" if language.startswith("zh") else "ja"},
        )
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = category_list()
        self.fields["category"].label_from_instance = lambda c: c.display_name()
        # Which fields each category shows (the page's script hides the others).
        self.category_fields = {str(c.pk): c.fields for c in category_list()}

    def clean(self):
        data = super().clean()
        category = data.get("category")
        if category is None:
            return data
        for name in self.REQUIRED.get(category.kind, []):
            if data.get(name) in (None, ""):
                self.add_error(name, _("This category needs this field."))
        first, last = request_date_window()
        for name in ("visit_start", "visit_end", "research_deadline"):
            value = data.get(name)
            if value and name in category.fields and not first <= value <= last:
                self.add_error(
                    name,
                    _("Give a date between %(first)s and %(last)s.")
                    % {"first": first.isoformat(), "last": last.isoformat()},
                )
        start, end = data.get("visit_start"), data.get("visit_end")
        if start and end and end < start and "visit_start" in category.fields:
            self.add_error("visit_end", _("The visit cannot end before it starts."))
        return data

    def case_fields(self) -> CaseFields:
        data = self.cleaned_data
        return CaseFields(
            **{
                name: data.get(name)
                for name in CaseFields.__dataclass_fields__
                if data.get(name) is not None
            }
        )


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 5}))
    files = _files_field()


class RequesterMessageForm(SubmissionKeyForm, MessageForm):
    pass


class StaffMessageForm(MessageForm):
    version = forms.IntegerField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        choices=[(Message.Kind.REPLY, _("reply")), (Message.Kind.NOTE, _("note"))],
        widget=forms.HiddenInput,
    )


class StaffAssignForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    assignee = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Assigned to"), empty_label=_("Office queue")
    )

    def __init__(self, *args, **kwargs):
        from kouryu.cases.selectors import case_handlers

        super().__init__(*args, **kwargs)
        # Only staff who may handle requests: never a requester or an editor.
        self.fields["assignee"].queryset = case_handlers().select_related("user", "member")


class StaffTransitionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    to = forms.ChoiceField(choices=Status.choices)


class JoinForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=_("Your organisation"),
        required=False,
    )
    proposed_name = forms.CharField(
        label=_("Or: the name of an organisation not in the list"), max_length=200, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisation_choices()
        self.fields["organisation"].label_from_instance = lambda o: o.display_name()

    def clean(self):
        data = super().clean()
        if bool(data.get("organisation")) == bool(data.get("proposed_name", "").strip()):
            raise forms.ValidationError(
                _("Choose your organisation from the list, or give the name of a new one.")
            )
        return data


class CaseFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *Status.choices], required=False
    )
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False
    )


class CarBookingForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("From"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    ends_at = forms.DateTimeField(
        label=_("Until"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    with_driver = forms.BooleanField(label=_("With the driver"), required=False, initial=True)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)

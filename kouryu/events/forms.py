"""The registration form: the contact, then one form per person, each with the kind's
questions; the bot check and the privacy notice's consent."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from kouryu.events import botcheck
from kouryu.events.models import EventPage, Question
from kouryu.events.selectors import questions_of

FieldType = Question.FieldType


def question_field(question: Question, language: str) -> forms.Field:
    label = question.label(language)
    required = question.required
    if question.field_type == FieldType.TEXTAREA:
        return forms.CharField(
            label=label,
            required=required,
            max_length=2000,
            widget=forms.Textarea(attrs={"rows": 3}),
        )
    if question.field_type == FieldType.NUMBER:
        return forms.IntegerField(label=label, required=required, min_value=0, max_value=10000)
    if question.field_type == FieldType.YES_NO:
        return forms.TypedChoiceField(
            label=label,
            required=required,
            choices=[("", "—"), ("1", _("Yes")), ("0", _("No"))],
            coerce=lambda v: v == "1",
            empty_value=None,
        )
    if question.field_type == FieldType.CHOICE:
        return forms.TypedChoiceField(
            label=label,
            required=required,
            choices=[("", "—"), *[(str(n), c) for n, c in enumerate(question.choices(language))]],
            coerce=int,
            empty_value=None,
        )
    return forms.CharField(label=label, required=required, max_length=300)


def _add_questions(form: forms.BaseForm, questions, language: str) -> None:
    for question in questions:
        form.fields[f"q_{question.key}"] = question_field(question, language)


def answers_of(form: forms.BaseForm, questions) -> dict:
    return {
        q.key: form.cleaned_data.get(f"q_{q.key}")
        for q in questions
        if form.cleaned_data.get(f"q_{q.key}") not in (None, "")
    }


class AttendeeForm(forms.Form):
    name = forms.CharField(label=pgettext_lazy("person", "Name"), max_length=200)

    def __init__(self, *args, questions=(), language="ja", **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        _add_questions(self, self.questions, language)

    def answers(self) -> dict:
        return answers_of(self, self.questions)


class BaseAttendeeFormSet(forms.BaseFormSet):
    def __init__(self, *args, questions=(), language="ja", **kwargs):
        self.questions = questions
        self.language = language
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {"questions": self.questions, "language": self.language}


def attendee_formset(event: EventPage):
    return forms.formset_factory(
        AttendeeForm,
        formset=BaseAttendeeFormSet,
        extra=0,
        min_num=1,
        validate_min=True,
        max_num=event.max_group_size,
        validate_max=True,
        absolute_max=event.max_group_size,
    )


class RegistrationForm(forms.Form):
    contact_name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Email address"), max_length=254)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree."),
        label_suffix="",
        error_messages={"required": _("Please agree to the privacy notice.")},
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    # The bot check: ALTCHA's answer, or the sum for those without JavaScript.
    altcha = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)
    question_token = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    question_answer = forms.CharField(required=False, max_length=10)

    def __init__(self, *args, event: EventPage, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.language = language
        original = event.original()
        tickets = original.tickets()
        if tickets:
            self.fields["ticket"] = forms.ChoiceField(
                label=_("Ticket type"),
                choices=[(t.key, t.name(language)) for t in tickets],
                widget=forms.RadioSelect,
            )
        self.questions = [q for q in questions_of(event) if q.asked == Question.Asked.REGISTRATION]
        _add_questions(self, self.questions, language)
        if original.allow_group_split:
            self.fields["split_ok"] = forms.BooleanField(
                label=_(
                    "If there are not seats for everyone, register those who fit and put the "
                    "others on the waiting list."
                ),
                required=False,
            )
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())

    def clean(self):
        data = super().clean()
        if not botcheck.botcheck_passes(
            altcha=data.get("altcha", ""),
            token=data.get("question_token", ""),
            answer=data.get("question_answer", ""),
        ):
            raise ValidationError(
                _("The check that you are not a program failed. Please answer the sum again."),
                code="botcheck",
            )
        return data

    def answers(self) -> dict:
        return answers_of(self, self.questions)

    def person_questions(self):
        return [q for q in questions_of(self.event) if q.asked == Question.Asked.ATTENDEE]

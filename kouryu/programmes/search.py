"""Programme records in the site search: one entry per record, in no single language.

Only the names of people who agreed to be named are indexed; the others are found by their
organisation, as the public page shows them.
"""

from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from kouryu.programmes.models import Participant, ProgrammeRecord

LANGUAGES = ("ja", "zh-hans", "en")


def _place_names(place) -> list[str]:
    if place is None:
        return []
    return [place.name_ja, place.name_zh, place.english_name, place.reading_kana]


def record_document(record: ProgrammeRecord):
    from kouryu.search.registry import Document, as_datetime

    labels = []
    for language in LANGUAGES:
        with translation.override(language):
            labels += [str(record.get_kind_display()), str(record.get_field_display())]
    people = []
    for person in record.participants.all():
        people += [person.organisation_ja, person.organisation_zh, person.organisation_en]
        if person.name_consent:
            people += [
                person.full_name("ja"),
                person.full_name("zh-hans"),
                person.full_name("en"),
                # Written without the space too, as a search for 张伟 reads it (one word).
                person.family_name_ja + person.given_name_ja,
                person.family_name_zh + person.given_name_zh,
                person.title_ja,
                person.title_zh,
                person.title_en,
            ]
    body = [
        *dict.fromkeys(labels),
        *_place_names(record.host_place),
        record.host_organisation_ja,
        record.host_organisation_zh,
        record.host_organisation_en,
        *people,
        record.outcome_ja,
        record.outcome_zh,
        record.outcome_en,
    ]
    return Document(
        title=_title(record, "ja"),
        body="\n".join(dict.fromkeys(t for t in body if t)),
        language="",
        kind="programme",
        url=f"/programmes/{record.starts_on.year}/#record-{record.pk}",
        date=as_datetime(record.starts_on),
    )


def _title(record: ProgrammeRecord, language: str) -> str:
    with translation.override(language):
        return f"{record.starts_on.year} · {record.get_kind_display()} · {record.host_display}"


def record_presentation(object_ids: list[str], language: str) -> dict:
    """A record as the reader's language writes it, linked to its year's page there."""
    from kouryu.search.registry import Presentation

    records = ProgrammeRecord.objects.select_related("host_place").in_bulk(
        [int(pk) for pk in object_ids]
    )
    shown = {}
    with translation.override(language):
        for pk, record in records.items():
            url = reverse("programmes:year", args=[str(record.starts_on.year)])
            summary = [str(record.get_field_display())]
            if record.outcome:
                summary.append(record.outcome)
            shown[str(pk)] = Presentation(
                title=_title(record, language),
                url=f"{url}#record-{pk}",
                summary=" · ".join(summary),
                language=language,
            )
    return shown


def _participant_changed(sender, instance: Participant, **kwargs) -> None:
    # A record's entry holds its people's consented names: follow each change of a person
    # (the record's own save comes first, before its people are written).
    from kouryu.search import services

    if kwargs.get("raw"):
        return
    try:
        record = ProgrammeRecord.objects.get(pk=instance.record_id)
    except ProgrammeRecord.DoesNotExist:  # the record itself is being deleted
        return
    services.entry_index(record)


def register_with_search() -> None:
    from kouryu.search import registry

    registry.register(
        ProgrammeRecord,
        kind="programme",
        label=_("Expert dispatches and trainees"),
        order=85,
        extract=record_document,
        present=record_presentation,
        queryset=lambda: ProgrammeRecord.objects.select_related("host_place").prefetch_related(
            "participants"
        ),
    )
    post_save.connect(_participant_changed, sender=Participant, dispatch_uid="programmes_person")
    post_delete.connect(
        _participant_changed, sender=Participant, dispatch_uid="programmes_person_gone"
    )

"""Writes of the programme records: each saved with its people, a revision and a log entry."""

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from wagtail.log_actions import log

from kouryu.programmes.models import Participant, ProgrammeRecord


@transaction.atomic
def record_save(*, record: ProgrammeRecord, user=None, created: bool) -> ProgrammeRecord:
    """Validate the record and its people, save them, and keep the version in the history."""
    record.full_clean(exclude=["latest_revision"])
    for person in record.participants.all():
        person.full_clean(exclude=["record"])
    record.save()
    revision = record.save_revision(user=user, log_action=False, clean=False)  # validated
    log(
        instance=record,
        action="wagtail.create" if created else "wagtail.edit",
        user=user,
        revision=revision,
        content_changed=True,
    )
    return record


def record_create(
    *, participants: Iterable[dict[str, Any]] = (), user=None, **values: Any
) -> ProgrammeRecord:
    """A new record with its people (each a dict of Participant fields)."""
    record = ProgrammeRecord(
        **values,
        participants=[Participant(sort_order=n, **p) for n, p in enumerate(participants)],
    )
    return record_save(record=record, user=user, created=True)

"""Cases in the site's staff search (CJK-aware): never public, never with a note's text.

A case's entry holds its request and every message of the correspondence (the requester's
and the office's replies), and is written again whenever a message is added.
"""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from kouryu.cases.models import Case, Message


def case_document(case: Case):
    from kouryu.search.registry import Document

    organisation = case.organisation
    body = [
        case.reference,
        case.description,
        case.research_question,
        case.cities,
        organisation.name_ja,
        organisation.name_zh,
        organisation.name_en,
        # The correspondence after the request itself (the first message repeats it).
        *case.messages.exclude(kind=Message.Kind.NOTE)
        .exclude(body=case.description)
        .values_list("body", flat=True),
    ]
    return Document(
        title=f"{case.reference} {case.title}",
        body=" ".join(t for t in body if t),
        language="",
        kind="case",
        url="",
        # Requests are correspondence: only the staff search shows them.
        is_public=False,
        date=case.created_at,
    )


def register_with_search() -> None:
    from kouryu.search import registry

    registry.register(
        Case,
        kind="case",
        label=_("Requests"),
        order=95,
        extract=case_document,
        queryset=lambda: Case.objects.select_related("organisation"),
    )
    post_save.connect(_message_saved, sender=Message, dispatch_uid="cases_message_search")


def _message_saved(sender, instance: Message, raw=False, **kwargs):
    if raw or instance.is_note:
        return
    from kouryu.search import services

    services.entry_index(instance.case)

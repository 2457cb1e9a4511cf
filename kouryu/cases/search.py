"""Cases in the site's staff search (CJK-aware): never public, never with a note's text."""

from django.utils.translation import gettext_lazy as _

from kouryu.cases.models import Case


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

"""Load the demo office data (kouryu.offices.demo.content) in every language."""

import datetime
import json

from django.db import transaction
from wagtail.models import Locale

from kouryu.core.translation import locales_ensure, pick, snippet_create_translated
from kouryu.offices.demo import content
from kouryu.offices.models import (
    Office,
    Organisation,
    PublishedFigure,
    SecondingBody,
    StaffMember,
    WorkArea,
)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _stream(items, block: str, language: str) -> str:
    return json.dumps([{"type": block, "value": pick(item, language)} for item in items])


def offices_demo_is_loaded() -> bool:
    return Organisation.objects.exists()


@transaction.atomic
def offices_demo_load() -> bool:
    """The organisation, its offices, lines of work, staff and figures; False if present."""
    if offices_demo_is_loaded():
        return False
    locales_ensure()
    _load_office_data()
    _load_staff()
    return True


def _load_office_data() -> None:
    org = dict(content.ORGANISATION)
    org["founded_on"] = _date(org["founded_on"])
    snippet_create_translated(model=Organisation, fields=org)
    for order, office in enumerate(content.OFFICES):
        fields = dict(office, sort_order=order, opened_on=_date(office["opened_on"]))
        fields["mission"] = fields["mission"] or ""
        snippet_create_translated(model=Office, fields=fields)
    for area in content.WORK_AREAS:
        rows = snippet_create_translated(
            model=WorkArea, fields={k: v for k, v in area.items() if k != "programmes"}
        )
        for code, row in rows.items():
            row.programmes = _stream(area["programmes"], "programme", code)
            row.save()
    for order, figure in enumerate(content.FIGURES):
        fields = {k: v for k, v in figure.items() if k != "breakdown"}
        fields.update(sort_order=order, as_of=_date(figure["as_of"]))
        rows = snippet_create_translated(model=PublishedFigure, fields=fields)
        for code, row in rows.items():
            row.breakdown = json.dumps(
                [
                    {
                        "type": "part",
                        "value": {"label": pick(p["label"], code), "value": p["value"]},
                    }
                    for p in figure["breakdown"]
                ]
            )
            row.full_clean()
            row.save()


def _load_staff() -> None:
    bodies = {
        key: snippet_create_translated(model=SecondingBody, fields=body)
        for key, body in content.SECONDING_BODIES.items()
    }
    for order, person in enumerate(content.STAFF):
        fields = {
            k: v
            for k, v in person.items()
            if k not in ("key", "seconding_body", "responsibilities", "started_on")
        }
        fields = {k: ("" if v is None else v) for k, v in fields.items()}
        fields.update(sort_order=order, started_on=_date(person["started_on"]))
        rows = snippet_create_translated(model=StaffMember, fields=fields)
        for code, row in rows.items():
            if person["seconding_body"]:
                row.seconding_body = bodies[person["seconding_body"]][code]
            row.responsibilities = _stream(person["responsibilities"], "item", code)
            row.save()


def demo_staff() -> dict[str, dict[str, StaffMember]]:
    """The demo staff by their key in the demo content ("director", …), then by language.

    Other apps' demo content names its authors and assignees by these keys.
    """
    default = Locale.get_default()
    by_order = {
        member.sort_order: member
        for member in StaffMember.objects.filter(locale=default).select_related("locale")
    }
    found: dict[str, dict[str, StaffMember]] = {}
    for order, person in enumerate(content.STAFF):
        original = by_order.get(order)
        if original is None:
            continue
        found[person["key"]] = {
            member.locale.language_code: member
            for member in original.get_translations(inclusive=True).select_related("locale")
        }
    return found

"""Factories for programme records, through the service that staff edits go through."""

import datetime
from typing import Any

from kouryu.places.tests.factories import gazetteer_place
from kouryu.programmes.models import ProgrammeField, ProgrammeKind, ProgrammeRecord
from kouryu.programmes.services import record_create

HYOGO_OFFICER: dict[str, Any] = {
    "family_name_ja": "山田",
    "given_name_ja": "花子",
    "family_name_zh": "山田",
    "given_name_zh": "花子",
    "family_name_en": "Yamada",
    "given_name_en": "Hanako",
    "organisation_ja": "兵庫県",
    "organisation_zh": "兵库县",
    "organisation_en": "Hyogo Prefecture",
    "title_ja": "観光振興課",
    "title_zh": "观光振兴课",
    "title_en": "Tourism Promotion Division",
}
TIANJIN_OFFICER: dict[str, Any] = {
    "family_name_ja": "張",
    "given_name_ja": "偉",
    "family_name_zh": "张",
    "given_name_zh": "伟",
    "family_name_en": "Zhang",
    "given_name_en": "Wei",
    "organisation_ja": "天津市外事弁公室",
    "organisation_zh": "天津市外事办公室",
    "organisation_en": "Tianjin Foreign Affairs Office",
}


def person(base: dict[str, Any] | None = None, *, consent: bool = False, **values) -> dict:
    """A participant's fields; with ``consent``, agreed to be named on 2019-03-01."""
    fields = {**(base or HYOGO_OFFICER), **values}
    if consent:
        fields |= {"name_consent": True, "name_consent_on": datetime.date(2019, 3, 1)}
    return fields


def dispatch(*, people: list[dict] | None = None, **values) -> ProgrammeRecord:
    """A tourism expert from Hyogo sent to Tianjin in April 2019, unless told otherwise."""
    fields: dict[str, Any] = {
        "kind": ProgrammeKind.DISPATCH,
        "field": ProgrammeField.TOURISM,
        "host_place": gazetteer_place("120000", "CN"),
        "host_organisation_ja": "天津市旅遊局",
        "host_organisation_zh": "天津市旅游局",
        "host_organisation_en": "Tianjin Tourism Administration",
        "starts_on": datetime.date(2019, 4, 1),
        "ends_on": datetime.date(2019, 4, 30),
        "outcome_ja": "受入れ体制を整理した。",
        "outcome_zh": "梳理了接待流程。",
        "outcome_en": "The reception of school trips was planned.",
    }
    fields.update(values)
    return record_create(participants=people if people is not None else [person()], **fields)


def training(*, people: list[dict] | None = None, **values) -> ProgrammeRecord:
    """A trainee from Tianjin in Hyogo, autumn 2019, unless told otherwise."""
    fields: dict[str, Any] = {
        "kind": ProgrammeKind.TRAINING,
        "field": ProgrammeField.ENVIRONMENT,
        "host_place": gazetteer_place("280003"),
        "host_organisation_ja": "兵庫県 環境部",
        "starts_on": datetime.date(2019, 10, 1),
        "ends_on": datetime.date(2019, 12, 20),
        "outcome_ja": "水質監視を学んだ。",
    }
    fields.update(values)
    return record_create(
        participants=people if people is not None else [person(TIANJIN_OFFICER)], **fields
    )

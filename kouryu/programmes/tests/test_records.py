"""The records' rules: dates in order, a named host, consent with its date, an organisation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from kouryu.programmes.models import Participant, ProgrammeRecord
from kouryu.programmes.services import record_save
from kouryu.programmes.tests.factories import dispatch, person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ja", "終了日が開始日より前になっています。"),
        ("zh-hans", "结束日期早于开始日期。"),
        ("en", "The end date comes before the start date."),
    ],
)
def test_an_end_before_the_start_is_refused_with_a_translated_message(language, message):
    with translation.override(language), pytest.raises(ValidationError) as error:
        dispatch(starts_on=datetime.date(2019, 4, 1), ends_on=datetime.date(2019, 3, 31))
    assert message in str(error.value)


def test_the_database_refuses_an_end_before_the_start_too():
    record = dispatch()
    with transaction.atomic(), pytest.raises(IntegrityError):
        ProgrammeRecord.objects.filter(pk=record.pk).update(ends_on=datetime.date(2019, 1, 1))


def test_a_one_day_programme_is_fine():
    record = dispatch(ends_on=datetime.date(2019, 4, 1))
    assert record.ends_on == record.starts_on


def test_a_host_needs_a_place_or_an_organisation():
    with translation.override("en"), pytest.raises(ValidationError) as error:
        dispatch(
            host_place=None,
            host_organisation_ja="",
            host_organisation_zh="",
            host_organisation_en="",
        )
    assert "Name the host" in str(error.value)
    record = dispatch(host_place=None)  # the organisation alone is enough
    with translation.override("ja"):
        assert record.host_display == "天津市旅遊局"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ja", "本人が同意した日付を入力してください。"),
        ("en", "Enter the date on which the person agreed."),
    ],
)
def test_consent_needs_its_date(language, message):
    with translation.override(language), pytest.raises(ValidationError) as error:
        dispatch(people=[person(name_consent=True)])
    assert message in str(error.value)


def test_the_database_refuses_consent_without_a_date():
    record = dispatch()
    with transaction.atomic(), pytest.raises(IntegrityError):
        Participant.objects.filter(record=record).update(name_consent=True)


def test_a_person_needs_an_organisation_and_a_family_name():
    with translation.override("en"), pytest.raises(ValidationError) as error:
        dispatch(
            people=[
                person(
                    organisation_ja="",
                    organisation_zh="",
                    organisation_en="",
                    family_name_ja="",
                    family_name_zh="",
                    family_name_en="",
                )
            ]
        )
    assert "organisation" in str(error.value) and "family name" in str(error.value)


def test_a_name_missing_in_a_language_keeps_its_own_order():
    record = dispatch(people=[person(family_name_en="", given_name_en="")])
    participant = record.participants.get()
    assert participant.full_name("en") == "山田 花子"
    assert participant.full_name("zh-hans") == "山田 花子"


def test_each_save_is_kept_in_the_history(admin_user):
    record = dispatch()
    record.outcome_en = "Planned the reception of school trips."
    record_save(record=record, user=admin_user, created=False)
    assert record.revisions.count() == 2
    assert record.latest_revision.user == admin_user


def test_the_host_shows_the_place_unless_the_organisation_names_it():
    record = dispatch(
        host_organisation_ja="外事弁公室", host_organisation_zh="", host_organisation_en=""
    )
    with translation.override("ja"):
        assert record.host_display == "天津市 · 外事弁公室"
    with translation.override("en"):
        assert record.host_display == "Tianjin · 外事弁公室"
    record = dispatch()
    with translation.override("zh-hans"):
        assert record.host_display == "天津市旅游局"

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from kouryu.offices.models import PublishedFigure
from kouryu.offices.tests.factories import OfficeFactory, PublishedFigureFactory, ThisOfficeFactory

pytestmark = pytest.mark.django_db


def test_breakdown_must_add_up_to_the_value():
    figure = PublishedFigureFactory(
        value=45,
        breakdown=[
            ("part", {"label": "上海", "value": 24}),
            ("part", {"label": "他", "value": 21}),
        ],
    )
    figure.full_clean()
    figure.value = 46
    with pytest.raises(ValidationError) as err:
        figure.full_clean()
    assert "45" in str(err.value) and "46" in str(err.value)


def test_only_one_office_per_language_is_this_office():
    ThisOfficeFactory()
    office = OfficeFactory(name="ソウル事務所")
    office.is_this_office = True
    with pytest.raises(ValidationError):
        office.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        office.save()


def test_figure_key_is_unique_per_language():
    figure = PublishedFigureFactory()
    clone = PublishedFigure(
        locale=figure.locale,
        key=figure.key,
        label="x",
        value=1,
        as_of=datetime.date(2020, 1, 1),
        source_name="x",
    )
    with pytest.raises(ValidationError):
        clone.full_clean()

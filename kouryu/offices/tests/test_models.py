import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Locale

from kouryu.offices.models import Office, PublishedFigure

pytestmark = pytest.mark.django_db


def test_breakdown_must_add_up_to_the_value():
    figure = PublishedFigure.objects.get(key="jp-offices-in-china", locale=Locale.get_default())
    figure.value = 46
    with pytest.raises(ValidationError) as err:
        figure.full_clean()
    assert "45" in str(err.value) and "46" in str(err.value)


def test_only_one_office_per_language_is_this_office():
    office = Office.objects.filter(is_this_office=False, locale=Locale.get_default()).first()
    office.is_this_office = True
    with pytest.raises(ValidationError):
        office.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        office.save()


def test_figure_key_is_unique_per_language():
    figure = PublishedFigure.objects.filter(locale=Locale.get_default()).first()
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

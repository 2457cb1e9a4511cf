"""Receivers that keep what the offices app caches in step with the data."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from kouryu.offices.models import Office
from kouryu.offices.selectors import office_countries_forget
from kouryu.places.models import Country


@receiver([post_save, post_delete], sender=Office, dispatch_uid="offices_countries_office")
@receiver([post_save, post_delete], sender=Country, dispatch_uid="offices_countries_country")
def forget_the_office_countries(sender, **kwargs):
    office_countries_forget()

"""Public search URLs (inside the language prefix)."""

from django.urls import path

from kouryu.search.views import public

app_name = "search"
urlpatterns = [
    path("", public.search, name="results"),
]

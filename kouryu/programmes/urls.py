"""Public URLs of the programme records (inside the language prefix)."""

from django.urls import path

from kouryu.programmes.views import public

app_name = "programmes"
urlpatterns = [
    path("", public.programme_index, name="index"),
    # Any text, so that a wrong year ("19", "20261") gets the page's own message.
    path("<str:year>/", public.programme_year, name="year"),
]

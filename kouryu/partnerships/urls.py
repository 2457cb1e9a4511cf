"""Public registry URLs (inside the language prefix)."""

from django.urls import path

from kouryu.partnerships.views import public

app_name = "partnerships"
urlpatterns = [
    path("", public.partnership_list, name="list"),
    path("<int:pk>/", public.partnership_detail, name="detail"),
    path("places/<int:pk>/", public.place_detail, name="place"),
    path("statistics/", public.statistics, name="statistics"),
    path("map/", public.partnership_map, name="map"),
    path("export.<str:fmt>", public.export, name="export"),
]

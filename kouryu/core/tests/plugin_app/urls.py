from django.shortcuts import render
from django.urls import path

app_name = "plugin_app"


def notices(request):
    return render(request, "plugin_app/notices.html")


urlpatterns = [path("", notices, name="notices")]

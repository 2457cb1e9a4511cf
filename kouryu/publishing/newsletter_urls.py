"""Newsletter URLs, mounted inside the language prefix: /<lang>/newsletter/…"""

from django.urls import path

from kouryu.publishing.views import newsletter as views

app_name = "newsletter"
urlpatterns = [
    path("", views.signup, name="signup"),
    path("check-your-inbox/", views.signup_done, name="signup_done"),
    path("confirm/<uuid:token>/", views.confirm, name="confirm"),
    path("confirmed/", views.confirmed, name="confirmed"),
    path("unsubscribe/<uuid:token>/", views.unsubscribe, name="unsubscribe"),
]

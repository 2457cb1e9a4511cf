"""Public search URLs (inside the language prefix)."""

app_name = "search"
urlpatterns = []

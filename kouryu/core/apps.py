from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CoreConfig(AppConfig):
    default = True  # this module also holds the users app's configuration below
    name = "kouryu.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from kouryu.core import checks  # noqa: F401 - registers the deploy checks
        from kouryu.core.pagecache import connect_signals

        connect_signals()


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user admin (kouryu.core.users)."""

    default = False
    user_viewset = "kouryu.core.users.UserViewSet"

"""Snippet choosers that ask for the model's view or change permission.

Wagtail's chooser views (list, search, chosen) check no permission of their own: any
admin login could list a snippet's rows through ``/admin/snippets/choose/…``. A viewset
of private rows sets ``chooser_viewset_class = PermissionCheckedChooserViewSet``.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.views import View
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser


class ChooserPermissionMixin(View):
    """Refuse the view to a login without the view or change permission on the model."""

    model_class: type[Model]  # Wagtail's ModelLookupMixin gives it

    def dispatch(self, request, *args, **kwargs):
        policy = policy_registry.get_by_type(self.model_class)
        if not policy.user_has_any_permission(request.user, ["view", "change"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ChooserPermissionMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ChooserPermissionMixin, chooser.ChooseResultsView):
    pass


class ChosenView(ChooserPermissionMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ChooserPermissionMixin, chooser.SnippetChosenMultipleView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView

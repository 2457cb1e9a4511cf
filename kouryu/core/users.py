"""The staff user admin: only a superuser may make, edit or remove a superuser.

Wagtail's own user forms show "Administrator" to anyone who may change users, and let
them edit any account. Office managers may change users, so these views take the
superuser field away from them, refuse to open a superuser's account, and offer only
the office's staff groups.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users

from kouryu.core.permissions import staff_group_names


def _limit_to_superusers(form, by) -> None:
    if by is not None and not by.is_superuser:
        form.fields.pop("is_superuser", None)
        if "groups" in form.fields:
            form.fields["groups"].queryset = Group.objects.filter(
                name__in=staff_group_names()
            ).order_by("name")


class StaffUserCreationForm(UserCreationForm):
    def __init__(self, *args, by=None, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_to_superusers(self, by)


class StaffUserEditForm(UserEditForm):
    def __init__(self, *args, by=None, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_to_superusers(self, by)


def refuse_superuser_target(request, target) -> None:
    if target.is_superuser and not request.user.is_superuser:
        raise PermissionDenied


class CreateView(wagtail_users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "by": self.request.user}


class EditView(wagtail_users.EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        refuse_superuser_target(request, self.object)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "by": self.request.user}


class DeleteView(wagtail_users.DeleteView):
    def dispatch(self, request, *args, **kwargs):
        refuse_superuser_target(request, self.get_object())
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(wagtail_users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return StaffUserEditForm if for_update else StaffUserCreationForm

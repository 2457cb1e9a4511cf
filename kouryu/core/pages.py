"""What every page of the site shares, whichever app defines it."""

from wagtail.models import PagePermissionTester

from kouryu.core.permissions import may_delete_pages


class OfficePagePermissionTester(PagePermissionTester):
    """Wagtail's rules, except that only office managers delete pages."""

    def can_delete(self, ignore_bulk=False):
        return may_delete_pages(self.user) and super().can_delete(ignore_bulk=ignore_bulk)


class OfficePage:
    """Mixin for every page model of the site (before ``Page`` in the bases): the office's
    page permissions. The delete button and view follow it; the ``before_delete_page`` hook
    in kouryu.core.wagtail_hooks refuses deletion for the others in any case."""

    def permissions_for_user(self, user):
        return OfficePagePermissionTester(user, self)

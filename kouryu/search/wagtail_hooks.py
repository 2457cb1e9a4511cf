"""The staff search in the admin menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kouryu.core.hooks import DEMO, PRIVATE_PATHS, SEED, PrivatePaths
from kouryu.search.views import staff


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("site-search/", staff.SearchView.as_view(), name="kouryu_search_staff")]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return MenuItem(_("Site search"), reverse("kouryu_search_staff"), icon_name="search", order=150)


def _index_in_step(out):
    # Seed and demo data are partly bulk-loaded, past the signals that keep the index in
    # step (the gazetteer's 6,000 places): rebuild once when the index lacks entries.
    from kouryu.search.services import index_missing, index_rebuild

    if index_missing():
        report = index_rebuild()
        out.write(
            f"Search index rebuilt: {report.indexed} entries from {report.total} objects, "
            f"in {report.seconds:.1f}s."
        )


hooks.register(SEED, _index_in_step, order=900)
hooks.register(DEMO, _index_in_step, order=900)


@hooks.register(PRIVATE_PATHS)
def search_private_paths():
    # Results pages are endless combinations of words: not for crawlers.
    return PrivatePaths(not_crawled=("search/",))

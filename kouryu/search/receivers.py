"""Signal receivers that keep the search index in step; each calls one service.

Connected in SearchConfig.ready() without a sender, so that types registered later
(another app's pages and models) are followed too.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from kouryu.search import registry, services

# Saves that only touch revision bookkeeping leave a page's live content as it was.
_BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def _restriction_changed(restriction: PageViewRestriction) -> None:
    try:
        page = Page.objects.get(pk=restriction.page_id)
    except Page.DoesNotExist:  # the page itself is being deleted
        return
    services.page_tree_reindex(page)


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:  # fixtures: relations may be missing; search_rebuild catches up
        return
    if isinstance(instance, Page):
        if update_fields and set(update_fields) <= _BOOKKEEPING_FIELDS:
            return
        before = services.entry_url(instance)
        entry = services.entry_index(instance)
        if entry is not None and before not in (None, entry.url) and not instance.is_leaf():
            # A new slug: Wagtail rewrites the pages below after this signal, so
            # their entries follow on page_published.
            instance._search_address_changed = True
    elif isinstance(instance, PageViewRestriction):
        _restriction_changed(instance)
    elif registry.registration_for(sender) is not None:
        services.entry_index(instance)
    if registry.is_dependency(sender):
        services.dependents_reindex(sender)


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) or registry.registration_for(sender) is not None:
        services.entry_remove(instance)
    elif isinstance(instance, PageViewRestriction):
        _restriction_changed(instance)
    if registry.is_dependency(sender):
        services.dependents_reindex(sender)


def on_page_published(sender, instance, **kwargs):
    services.entry_index(instance)
    if getattr(instance, "_search_address_changed", False):
        instance._search_address_changed = False
        services.page_tree_reindex(instance, inclusive=False)


def on_page_unpublished(sender, instance, **kwargs):
    services.entry_index(instance)


def on_page_moved(sender, instance, **kwargs):
    services.page_tree_reindex(instance)


def connect() -> None:
    post_save.connect(on_save, dispatch_uid="kouryu_search_save")
    post_delete.connect(on_delete, dispatch_uid="kouryu_search_delete")
    page_published.connect(on_page_published, dispatch_uid="kouryu_search_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="kouryu_search_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="kouryu_search_moved")

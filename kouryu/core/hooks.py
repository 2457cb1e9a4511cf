"""The seams through which an app plugs itself into the site, as Wagtail hooks.

An app registers, from its own ``wagtail_hooks.py``, what it brings; the shell (the site
frame, the URL configuration, ``setup_site``, the staff groups) collects it and names no
feature app. Adding an app touches only INSTALLED_APPS and the URL configuration.

    from wagtail import hooks
    from kouryu.core.hooks import NAV, NavItem

    @hooks.register(NAV)
    def registry_nav():
        return [NavItem(label=_("Friendship cities"), url_name="partnerships:list", order=800)]

Hooks (each a function taking no arguments unless said):

- ``NAV``: public navigation entries, a list of NavItem.
- ``SITEMAPS``: sitemap sections, a dict of name → Sitemap class.
- ``GROUP_PERMISSIONS``: what each staff group may do with the app's models, a dict of
  group name → {app_label: [actions or codenames]} (see kouryu.core.permissions).
- ``SEED``: ``fn(out)``, data every site needs, loaded by ``setup_site`` (idempotent).
- ``DEMO``: ``fn(out)``, the demo content, loaded by ``setup_site --demo`` into an empty site.
- ``DASHBOARD``: ``fn(request)``, a list of AttentionItem for the admin dashboard.
- ``LIVE_FIGURES``: counts of what the site itself holds now (a list of LiveFigure), shown on
  the home page apart from the office's published figures.
- ``PRIVATE_PATHS``: the app's addresses that are nobody's business but their users': a
  PrivatePaths of path prefixes after the language prefix (``"portal/"``), never stored in
  the page cache (``never_cached``) or not for crawlers (``not_crawled``, in robots.txt).

Register SEED and DEMO hooks with an ``order`` (``hooks.register(DEMO, order=20)``): apps
that build on another's data load after it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from wagtail import hooks

NAV = "kouryu_public_nav"
SITEMAPS = "kouryu_sitemaps"
GROUP_PERMISSIONS = "kouryu_group_permissions"
SEED = "kouryu_seed"
DEMO = "kouryu_demo"
DASHBOARD = "kouryu_dashboard"
LIVE_FIGURES = "kouryu_live_figures"
PRIVATE_PATHS = "kouryu_private_paths"


@dataclass(frozen=True)
class NavItem:
    """An entry of the public main menu, after the site's own pages."""

    label: str | Promise
    url_name: str
    order: int = 500
    url_kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        try:
            return reverse(self.url_name, kwargs=self.url_kwargs or None)
        except NoReverseMatch:
            return ""

    def is_current(self, path: str) -> bool:
        url = self.url
        return bool(url) and path.startswith(url)


@dataclass(frozen=True)
class AttentionItem:
    """Something on the dashboard that needs a staff member's attention."""

    label: str | Promise
    count: int
    url: str
    order: int = 500
    urgent: bool = False
    # A few of the things themselves (title, address), shown under the count.
    examples: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class LiveFigure:
    """A count the site keeps up to date (the registry's records…), not a published figure."""

    label: str | Promise
    value: int
    unit: str | Promise = ""
    url: str = ""
    note: str | Promise = ""
    order: int = 500


def live_figures() -> list[LiveFigure]:
    figures = [figure for fn in _collect(LIVE_FIGURES) for figure in fn()]
    return sorted(figures, key=lambda figure: figure.order)


@dataclass(frozen=True)
class PrivatePaths:
    never_cached: tuple[str, ...] = ()
    not_crawled: tuple[str, ...] = ()


def private_paths() -> PrivatePaths:
    """Every app's PRIVATE_PATHS, merged."""
    found = [fn() for fn in _collect(PRIVATE_PATHS)]
    return PrivatePaths(
        never_cached=tuple(path for paths in found for path in paths.never_cached),
        not_crawled=tuple(path for paths in found for path in paths.not_crawled),
    )


def _collect(name: str) -> Iterable:
    yield from hooks.get_hooks(name)


def nav_items() -> list[NavItem]:
    items = [item for fn in _collect(NAV) for item in fn()]
    return sorted(items, key=lambda item: item.order)


def sitemaps() -> dict[str, type]:
    found: dict[str, type] = {}
    for fn in _collect(SITEMAPS):
        found.update(fn())
    return found


def group_permissions() -> dict[str, dict[str, list[str]]]:
    """Every app's grants, merged: group → app label → actions."""
    merged: dict[str, dict[str, list[str]]] = {}
    for fn in _collect(GROUP_PERMISSIONS):
        for group, spec in fn().items():
            for app_label, actions in spec.items():
                merged.setdefault(group, {}).setdefault(app_label, [])
                merged[group][app_label] += [
                    a for a in actions if a not in merged[group][app_label]
                ]
    return merged


def run_seed(out) -> None:
    for fn in _collect(SEED):
        fn(out)


def run_demo(out, *, apps: set[str] | None = None) -> None:
    """Every app's demo, in order; ``apps`` (app labels) keeps only those apps' parts."""
    for fn in _collect(DEMO):
        if apps is None or _app_label(fn) in apps:
            fn(out)


def _app_label(fn) -> str:
    from django.apps import apps as registry

    config = registry.get_containing_app_config(fn.__module__)
    return config.label if config else ""


def attention_items(request) -> list[AttentionItem]:
    """What needs the user's attention, from every app; only what is there (count > 0)."""
    items = [item for fn in _collect(DASHBOARD) for item in fn(request) if item.count]
    return sorted(items, key=lambda item: (not item.urgent, item.order))

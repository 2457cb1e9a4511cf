"""Load the demo content (kouryu.website.demo.content) into an empty site, in every language."""

import json
from pathlib import Path

from django.db import transaction
from wagtail.models import Page, Site

from kouryu.core.translation import CONTENT_KEYS, locales_ensure, page_create_translated, pick
from kouryu.offices.demo.loader import demo_staff
from kouryu.offices.models import StaffMember
from kouryu.website.demo import content
from kouryu.website.models import (
    FiguresPage,
    GreetingPage,
    HomePage,
    OverviewPage,
    SiteIdentity,
    StaffDirectoryPage,
    StandardPage,
)


def demo_is_loaded() -> bool:
    return HomePage.objects.exists()


def _stream(items, block: str, language: str) -> str:
    return json.dumps([{"type": block, "value": pick(item, language)} for item in items])


def _per_language(build) -> dict[str, dict]:
    return {code: build(code) for code in CONTENT_KEYS}


@transaction.atomic
def demo_load() -> bool:
    """Create the demo site's pages. Does nothing and returns False if a home page exists.

    The office data (kouryu.offices' demo) is loaded first; the greeting names the director.
    """
    if demo_is_loaded():
        return False
    locales_ensure()
    _load_pages(director=demo_staff().get("director"))
    return True


def _load_pages(*, director: dict[str, StaffMember] | None) -> dict[str, HomePage]:
    pages = content.PAGES
    root = Page.get_first_root_node()
    # Wagtail's installer leaves a "Welcome" page; the demo home page replaces it.
    for page in root.get_children():
        if page.specific_class is Page:
            page.delete()
    root.refresh_from_db()

    home_text = pages["home"]
    homes = page_create_translated(
        parent=root,
        page=HomePage(slug="home"),
        fields_by_language=_per_language(
            lambda code: {
                "title": pick(home_text["title"], code),
                "lead": pick(home_text["lead"], code),
                "body": pick(home_text["body"], code),
            }
        ),
    )
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = homes["ja"]
    site.site_name = pick(home_text["title"], "ja")
    site.save()

    image = _home_image()
    created = {}
    simple = {
        "overview": (OverviewPage, ("intro",)),
        "figures": (FiguresPage, ("intro",)),
        "staff": (StaffDirectoryPage, ("intro",)),
        "access": (StandardPage, ("intro", "body")),
        "privacy": (StandardPage, ("intro", "body")),
        "accessibility": (StandardPage, ("intro", "body")),
    }
    for key in ("overview", "figures", "greeting", "staff", "access", "privacy", "accessibility"):
        spec = pages[key]
        if key == "greeting":
            cls, names = GreetingPage, ("body",)
        else:
            cls, names = simple[key]

        def fields(code, spec=spec, names=names, key=key):
            # The footer links to the privacy policy and the accessibility statement.
            in_menu = key not in ("privacy", "accessibility")
            values = {"title": pick(spec["title"], code), "show_in_menus": in_menu}
            values.update({name: pick(spec[name], code) for name in names})
            if key == "overview":
                other = content.OTHER_PROGRAMMES
                values["other_programmes_heading"] = pick(other["heading"], code)
                values["other_programmes"] = _stream(other["items"], "programme", code)
            if key == "greeting" and director:
                values["director"] = director[code]
            return values

        created[spec["slug"]] = page_create_translated(
            parent=homes["ja"],
            page=cls(slug=spec["slug"]),
            fields_by_language=_per_language(fields),
        )

    for code, stale in homes.items():
        # Children were added through other instances; reload so the tree fields are current.
        home = HomePage.objects.get(pk=stale.pk)
        home.links = json.dumps(
            [
                {
                    "type": "link",
                    "value": {
                        "page": created[link["page"]][code].pk,
                        "text": pick(link["text"], code),
                        "description": pick(link["description"], code),
                    },
                }
                for link in pages["home_links"]
            ]
        )
        home.image = image
        home.image_alt = pick(content.HOME_IMAGE_ALT, code)
        home.save_revision().publish()
    SiteIdentity.objects.update_or_create(
        site=site,
        defaults={
            "privacy_page": created["privacy"]["ja"],
            "accessibility_page": created["accessibility"]["ja"],
        },
    )
    return {code: HomePage.objects.get(pk=home.pk) for code, home in homes.items()}


def _home_image():
    """The illustration made for the project (kouryu/website/demo/home.png), as an image."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    path = Path(__file__).resolve().parent / "home.png"
    with path.open("rb") as handle:
        image = get_image_model()(title=pick(content.HOME_IMAGE_ALT, "ja"))
        image.file = ImageFile(handle, name="kouryu-home.png")
        image.save()
    return image

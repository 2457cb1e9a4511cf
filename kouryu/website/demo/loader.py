"""Load the demo content (kouryu.website.demo.content) into an empty site, in every language."""

import datetime
import json

from django.db import transaction
from wagtail.models import Page, Site

from kouryu.core.translation import (
    CONTENT_KEYS,
    locales_ensure,
    page_create_translated,
    pick,
    snippet_create_translated,
)
from kouryu.offices.models import (
    Office,
    Organisation,
    PublishedFigure,
    SecondingBody,
    StaffMember,
    WorkArea,
)
from kouryu.publishing.demo.loader import publishing_demo_load
from kouryu.website.demo import content
from kouryu.website.models import (
    FiguresPage,
    GreetingPage,
    HomePage,
    OverviewPage,
    StaffDirectoryPage,
    StandardPage,
)


def demo_is_loaded() -> bool:
    return HomePage.objects.exists()


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _stream(items, block: str, language: str) -> str:
    return json.dumps([{"type": block, "value": pick(item, language)} for item in items])


def _per_language(build) -> dict[str, dict]:
    return {code: build(code) for code in CONTENT_KEYS}


@transaction.atomic
def demo_load() -> bool:
    """Create the demo site. Does nothing and returns False if a home page already exists."""
    if demo_is_loaded():
        return False
    locales_ensure()
    _load_office_data()
    staff = _load_staff()
    homes = _load_pages(director=staff.get("director"))
    publishing_demo_load(homes=homes, staff=staff)
    return True


def _load_office_data() -> None:
    org = dict(content.ORGANISATION)
    org["founded_on"] = _date(org["founded_on"])
    snippet_create_translated(model=Organisation, fields=org)
    for order, office in enumerate(content.OFFICES):
        fields = dict(office, sort_order=order, opened_on=_date(office["opened_on"]))
        fields["mission"] = fields["mission"] or ""
        snippet_create_translated(model=Office, fields=fields)
    for area in content.WORK_AREAS:
        rows = snippet_create_translated(
            model=WorkArea, fields={k: v for k, v in area.items() if k != "programmes"}
        )
        for code, row in rows.items():
            row.programmes = _stream(area["programmes"], "programme", code)
            row.save()
    for order, figure in enumerate(content.FIGURES):
        fields = {k: v for k, v in figure.items() if k != "breakdown"}
        fields.update(sort_order=order, as_of=_date(figure["as_of"]))
        rows = snippet_create_translated(model=PublishedFigure, fields=fields)
        for code, row in rows.items():
            row.breakdown = json.dumps(
                [
                    {
                        "type": "part",
                        "value": {"label": pick(p["label"], code), "value": p["value"]},
                    }
                    for p in figure["breakdown"]
                ]
            )
            row.full_clean()
            row.save()


def _load_staff() -> dict[str, dict[str, StaffMember]]:
    bodies = {
        key: snippet_create_translated(model=SecondingBody, fields=body)
        for key, body in content.SECONDING_BODIES.items()
    }
    staff = {}
    for order, person in enumerate(content.STAFF):
        fields = {
            k: v
            for k, v in person.items()
            if k not in ("key", "seconding_body", "responsibilities", "started_on")
        }
        fields = {k: ("" if v is None else v) for k, v in fields.items()}
        fields.update(sort_order=order, started_on=_date(person["started_on"]))
        rows = snippet_create_translated(model=StaffMember, fields=fields)
        for code, row in rows.items():
            if person["seconding_body"]:
                row.seconding_body = bodies[person["seconding_body"]][code]
            row.responsibilities = _stream(person["responsibilities"], "item", code)
            row.save()
        staff[person["key"]] = rows
    return staff


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

    created = {}
    simple = {
        "overview": (OverviewPage, ("intro",)),
        "figures": (FiguresPage, ("intro",)),
        "staff": (StaffDirectoryPage, ("intro",)),
        "access": (StandardPage, ("intro", "body")),
    }
    for key in ("overview", "figures", "greeting", "staff", "access"):
        spec = pages[key]
        if key == "greeting":
            cls, names = GreetingPage, ("body",)
        else:
            cls, names = simple[key]

        def fields(code, spec=spec, names=names, key=key):
            values = {"title": pick(spec["title"], code), "show_in_menus": True}
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
        home.save_revision().publish()
    return {code: HomePage.objects.get(pk=home.pk) for code, home in homes.items()}

"""The website's page types in the search index, with the text each page shows.

Pages such as the overview or the staff directory show snippets (lines of work, staff)
that are not fields of the page; their text is indexed with the page, read through
``offices.selectors`` in the page's language, and the page is refreshed when one of
those snippets changes. Registered from WebsiteConfig.ready().
"""

from django.utils.translation import gettext_lazy as _

from kouryu.search.registry import html_to_text, join_text, register_kind, register_page


def _stream_text(stream) -> list[str]:
    return [str(block.value) for block in stream or []]


def _work_areas(locale, *, programmes: bool) -> list[str]:
    from kouryu.offices import selectors

    parts = []
    for area in selectors.work_areas(locale=locale):
        parts += [area.title, area.summary]
        if programmes:
            parts += _stream_text(area.programmes)
    return parts


def _figures(locale, *, home_only: bool) -> list[str]:
    from kouryu.offices import selectors

    parts = []
    for figure in selectors.published_figures(locale=locale, home_only=home_only):
        parts.append(figure.label)
        if not home_only:
            parts += [figure.note, figure.source_name]
            parts += [label for label, _value in figure.breakdown_rows()]
    return parts


def home_text(page) -> str:
    links = [
        text
        for block in page.links or []
        for text in (block.value.get("text"), block.value.get("description"))
    ]
    return join_text(
        [
            page.lead,
            html_to_text(page.body),
            *_work_areas(page.locale, programmes=False),
            *_figures(page.locale, home_only=True),
            *links,
        ]
    )


def overview_text(page) -> str:
    from kouryu.offices import selectors
    from kouryu.offices.models import Office

    parts = [html_to_text(page.intro)]
    organisation = selectors.organisation(locale=page.locale)
    if organisation:
        parts += [
            organisation.name,
            organisation.short_name,
            organisation.head_office,
            organisation.purpose,
        ]
    for office in selectors.localized_list(Office, locale=page.locale):
        parts += [office.name, office.city, office.country, office.mission]
    parts += _work_areas(page.locale, programmes=True)
    parts += [page.other_programmes_heading, *_stream_text(page.other_programmes)]
    return join_text(parts)


def figures_text(page) -> str:
    return join_text([html_to_text(page.intro), *_figures(page.locale, home_only=False)])


def greeting_text(page) -> str:
    parts = [html_to_text(page.body)]
    director = page.director_localized
    if director:
        parts += [director.role, director.full_name]
    return join_text(parts)


def staff_text(page) -> str:
    from kouryu.offices import selectors

    parts = [html_to_text(page.intro)]
    for member in selectors.staff_directory(locale=page.locale):
        body = member.seconding_body_localized
        parts += [member.role, member.full_name, member.nickname, member.employment_note]
        if body:
            parts += [body.name, body.introduction]
        parts += [*_stream_text(member.responsibilities), member.message]
    return join_text(parts)


def standard_text(page) -> str:
    return join_text([page.intro, html_to_text(page.body)])


def register_website_pages() -> None:
    from kouryu.offices.models import (
        Office,
        Organisation,
        PublishedFigure,
        SecondingBody,
        StaffMember,
        WorkArea,
    )
    from kouryu.website import models as website

    register_kind("page", _("Pages"), order=10)
    register_page(website.HomePage, body=home_text, depends_on=(WorkArea, PublishedFigure))
    register_page(
        website.OverviewPage, body=overview_text, depends_on=(Organisation, Office, WorkArea)
    )
    register_page(website.FiguresPage, body=figures_text, depends_on=(PublishedFigure,))
    register_page(website.GreetingPage, body=greeting_text, depends_on=(StaffMember,))
    register_page(
        website.StaffDirectoryPage, body=staff_text, depends_on=(StaffMember, SecondingBody)
    )
    register_page(website.StandardPage, body=standard_text)

"""Public pages of the programme records: the years with their counts, and a page per year."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from kouryu.programmes import selectors


def _description() -> str:
    # The index's lead paragraph, for search engines' snippets (meta description).
    return _(
        "The office sends Japanese experts to Chinese local governments, and Japanese local "
        "governments receive staff of Chinese local governments for training. These are the "
        "records of both, year by year."
    )


def programme_index(request):
    return render(
        request,
        "programmes/public/index.html",
        {"years": selectors.programme_years(), "meta_description": _description()},
    )


def programme_year(request, year: str):
    number = selectors.year_parse(year)
    shown = selectors.programme_year(year=number) if number is not None else None
    if shown is None:
        # The reader learns why, and where the records are: not the site's bare 404.
        if number is None:
            message = _(
                "“%(year)s” is not a year. Write the year with four digits, for example 2019."
            ) % {"year": year[:20]}
        else:
            message = _("There are no records for %(year)d.") % {"year": number}
        return render(
            request,
            "programmes/public/no_year.html",
            {"message": message, "years": selectors.programme_years()},
            status=404,
        )
    return render(
        request,
        "programmes/public/year.html",
        {"shown": shown, "meta_description": _description()},
    )

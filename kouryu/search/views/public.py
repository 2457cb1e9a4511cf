"""The public search page: /<lang>/search/?q=…&lang=…&kind=…&page=…"""

from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kouryu.search import selectors
from kouryu.search.forms import ALL_LANGUAGES, SearchForm

PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET, current_language=get_language())
    params = form.params()
    results = None
    if params.query is not None:
        results = selectors.search(
            params.query,
            language=params.language,
            kinds=[params.kind] if params.kind else None,
            page=params.page,
            per_page=PER_PAGE,
        )
    return render(
        request,
        "search/public/results.html",
        {
            "form": form,
            "params": params,
            "results": results,
            "all_languages": ALL_LANGUAGES,
            "kinds": form.fields["kind"].choices,
            "meta_description": _(
                "Search the office's site in Japanese, Chinese or English: pages, news, "
                "research reports, the friendship-city registry and places."
            ),
        },
    )

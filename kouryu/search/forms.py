"""The public search form: query, language and kind filters, page number."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kouryu.search import registry
from kouryu.search.selectors import MAX_PAGE, public_kinds

ALL_LANGUAGES = "all"


@dataclass(frozen=True)
class SearchParams:
    query: str | None
    language: str | None
    kind: str | None
    page: int


class SearchForm(forms.Form):
    """GET parameters of the search page. Bad values fall back to defaults, never to an error.

    Without ``lang`` (the header's form), results are in the visitor's language;
    ``lang=all`` shows every language.
    """

    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    lang = forms.ChoiceField(label=_("Language"), required=False)
    kind = forms.ChoiceField(label=_("Type"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, data, *, current_language: str, public: bool = True):
        data = data.copy()
        data.setdefault("lang", current_language)
        super().__init__(data)
        self.fields["lang"].choices = [(ALL_LANGUAGES, _("All languages")), *settings.LANGUAGES]
        kinds = registry.kinds()
        if public:
            # A kind that is never public (requests) would only ever find nothing.
            shown = public_kinds()
            kinds = {kind: label for kind, label in kinds.items() if kind in shown}
        self.fields["kind"].choices = [("", _("All types")), *kinds.items()]
        self.current_language = current_language

    def params(self) -> SearchParams:
        self.is_valid()
        cleaned = self.cleaned_data
        language = cleaned.get("lang") if "lang" not in self.errors else self.current_language
        has_query = "q" in self.data
        return SearchParams(
            query=cleaned.get("q", "") if has_query else None,
            language=None if language == ALL_LANGUAGES else language,
            kind=cleaned.get("kind") or None,
            page=cleaned.get("page") or 1,
        )

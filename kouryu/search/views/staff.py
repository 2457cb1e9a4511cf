"""The staff search in Wagtail's admin: the same index, with drafts and private pages."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from kouryu.search import selectors
from kouryu.search.forms import ALL_LANGUAGES, SearchForm

PER_PAGE = 20


class SearchView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Site search")
    header_icon = "search"
    template_name = "search/staff/results.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET, current_language=ALL_LANGUAGES, public=False)
        params = form.params()
        results = rows = None
        if params.query is not None:
            results = selectors.search(
                params.query,
                language=params.language,
                kinds=[params.kind] if params.kind else None,
                public=False,
                page=params.page,
                per_page=PER_PAGE,
                user=self.request.user,
            )
            rows = selectors.staff_rows(results.hits, user=self.request.user)
        context.update(
            form=form,
            params=params,
            results=results,
            rows=rows,
            all_languages=ALL_LANGUAGES,
            kinds=form.fields["kind"].choices,
        )
        return context

"""The article form in the admin: one author entry per person, in the editor's language."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale


class ArticleForm(WagtailAdminPageForm):
    """Authors are chosen among the staff directory's originals, each person once, named in
    the editor's language; pages in every language show them in the reader's
    (Article.authors_localized)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("authors")
        if field is None:
            return
        default = Locale.get_default()
        field.queryset = field.queryset.model.objects.filter(locale=default).order_by(
            "sort_order", "pk"
        )
        field.label_from_instance = lambda member: str(member.localized)
        if self.instance.pk:
            # Authors chosen on a translation may be that language's copies: show the person.
            self.initial["authors"] = [
                (member.get_translation_or_none(default) or member).pk
                for member in self.instance.authors.all()
            ]

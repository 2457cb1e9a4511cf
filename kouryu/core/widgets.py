"""Form widgets shared by the apps."""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe


def _attrs(attrs: dict) -> SafeString:
    """HTML attributes as Django's widgets/attrs.html writes them: False leaves one out,
    True writes its name alone."""
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html(' {}="{}"', name, value)
                if value is not True
                else format_html(" {}", name),
            )
            for name, value in attrs.items()
            if value is not False and value is not None
        ),
    )


class QuickSelect(forms.Select):
    """A select written in Python, with the same markup as Django's template.

    Django renders each option through a template of its own; a filter form with a few
    selects of fifty options then spends longer on them than on the rest of its page."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], _attrs(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('<optgroup label="{}">', group_name))
            parts.extend(
                format_html(
                    '<option value="{}"{}>{}</option>',
                    str(option["value"]),
                    _attrs(option["attrs"]),
                    option["label"],
                )
                for option in options
            )
            if group_name:
                parts.append(mark_safe("</optgroup>"))
        parts.append(mark_safe("</select>"))
        return mark_safe("\n".join(parts))

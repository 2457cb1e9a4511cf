"""Template filters of the registry's public pages."""

import re
from functools import cache

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from kouryu.core.addresses import url_for_pk

register = template.Library()

KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")


@cache
def _converters():
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("jp2t")


def _simplified_only(text: str) -> int:
    """How many characters only Simplified Chinese writes so (Japanese forms aside)."""
    to_traditional, japanese_to_traditional = _converters()
    return sum(
        1
        for char in text
        if to_traditional.convert(char) != char and japanese_to_traditional.convert(char) == char
    )


@register.filter
def text_language(text: str) -> str:
    """The language a quoted source text is written in, as a BCP 47 tag for ``lang``: kana
    make it Japanese, Hangul Korean; Han characters that only Simplified Chinese writes
    make it Chinese (two at least: a single one, such as 携, Japanese writes alike);
    anything else from the registry's sources is Japanese."""
    if KANA.search(text):
        return "ja"
    if HANGUL.search(text):
        return "ko"
    if _simplified_only(text) >= 2:
        return "zh-Hans"
    return "ja"


@register.simple_tag
def registry_rows(partnerships) -> SafeString:
    """The rows of a registry table (list and place pages): each name read once, each
    address built without a resolver call, labels translated once per table."""
    place_url = url_for_pk("partnerships:place")
    detail_url = url_for_pk("partnerships:detail")
    labels = {
        "japan": _("Japanese side"),
        "partner": _("Partner"),
        "kind": _("Kind"),
        "date": _("Agreement date"),
        "details": _("Details"),
    }
    rows = []
    for p in partnerships:
        japan, partner = p.japan_side, p.partner
        japan_name, partner_name = japan.display_name(), partner.display_name()
        japan_parent = (
            format_html('<div class="sub">{}</div>', japan.parent.display_name())
            if japan.parent
            else ""
        )
        partner_parent = (
            format_html("{} · ", partner.parent.display_name()) if partner.parent else ""
        )
        hidden = pgettext(
            "after the link text Details, read by screen readers only", ": %(a)s – %(b)s"
        ) % {"a": japan_name, "b": partner_name}
        rows.append(
            format_html(
                "<tr>\n"
                '  <td data-label="{}"><a href="{}">{}</a>{}</td>\n'
                '  <td data-label="{}"><a href="{}">{}</a><div class="sub">{}{}</div></td>\n'
                '  <td data-label="{}">{}</td>\n'
                '  <td class="nowrap" data-label="{}">{}</td>\n'
                '  <td><a href="{}">{}<span class="visually-hidden">{}</span></a></td>\n'
                "</tr>",
                labels["japan"],
                place_url(japan.pk),
                japan_name,
                japan_parent,
                labels["partner"],
                place_url(partner.pk),
                partner_name,
                partner_parent,
                partner.country.display_name(),
                labels["kind"],
                p.get_kind_display() if p.kind_is_known else "",
                labels["date"],
                p.agreed_display,
                detail_url(p.pk),
                labels["details"],
                hidden,
            )
        )
    return mark_safe("".join(rows))

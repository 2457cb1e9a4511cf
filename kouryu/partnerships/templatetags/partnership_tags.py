"""Template filters of the registry's public pages."""

import re
from functools import cache

from django import template

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

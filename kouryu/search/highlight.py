"""Highlighted titles and snippets, found in the stored text by the query's words.

The stores hold tokens, not text, so highlighting happens here, the same way on both
databases: the text is folded character by character (analyzer.match_view, which
keeps offsets), the query's words are found in that view, and the same offsets of
the original text are wrapped in <mark>. Everything else is escaped.
"""

import re
from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from kouryu.search.analyzer import match_view

SNIPPET_LENGTH = 160
# CJK characters are twice as wide: a snippet of mostly CJK text is shorter.
WIDE_SNIPPET_LENGTH = 90
ELLIPSIS = "…"
_MAX_SPANS = 200


def _pattern(terms: Sequence[str]) -> re.Pattern | None:
    alternatives = []
    for term in sorted(set(terms), key=len, reverse=True):
        if not term:
            continue
        escaped = re.escape(term)
        if term.isascii():
            # Latin words match whole words only: "jet" but not "jetty".
            escaped = rf"(?<![a-z0-9]){escaped}(?![a-z0-9])"
        alternatives.append(escaped)
    return re.compile("|".join(alternatives)) if alternatives else None


def _spans(text: str, terms: Sequence[str]) -> list[tuple[int, int, str]]:
    pattern = _pattern(terms)
    if pattern is None or not text:
        return []
    spans = []
    for match in pattern.finditer(match_view(text)):
        spans.append((match.start(), match.end(), match.group()))
        if len(spans) >= _MAX_SPANS:
            break
    return spans


def _render(text: str, spans, start: int, end: int) -> str:
    out, position = [], start
    for span_start, span_end, _term in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        out.append(escape(text[position:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(escape(text[position:end]))
    return "".join(out)


def highlight(text: str, terms: Sequence[str]) -> SafeString:
    """All of ``text``, escaped, with the query's words marked."""
    return mark_safe(_render(text, _spans(text, terms), 0, len(text)))


def _best_start(spans, length: int) -> int:
    """Start of the window of ``length`` characters holding the most distinct words."""
    best, best_count = spans[0][0], 0
    for i, (start, _end, _term) in enumerate(spans):
        inside = {term for s, e, term in spans[i:] if e <= start + length}
        if len(inside) > best_count:
            best, best_count = start, len(inside)
    return best


def _is_wide(text: str) -> bool:
    sample = text[:300]
    return sum(1 for char in sample if ord(char) >= 0x2E80) * 2 > len(sample)


def snippet(text: str, terms: Sequence[str], *, length: int | None = None) -> SafeString:
    """A passage of about ``length`` characters around the query's words, marked.

    Line breaks become spaces; cut ends get an ellipsis. Without a match, the text's
    beginning.
    """
    text = " ".join(text.split())
    if length is None:
        length = WIDE_SNIPPET_LENGTH if _is_wide(text) else SNIPPET_LENGTH
    spans = _spans(text, terms)
    if not spans:
        start = 0
    else:
        start = max(0, _best_start(spans, length) - length // 4)
        # Do not cut a Latin word in two.
        if start and text[start - 1 : start + 1].isascii() and text[start - 1].isalnum():
            space = text.find(" ", start, start + 20)
            start = space + 1 if space != -1 else start
    end = min(len(text), start + length)
    if end < len(text) and text[end - 1 : end + 1].isascii() and text[end].isalnum():
        space = text.rfind(" ", end - 20, end)
        end = space if space > start else end
    html = _render(text, spans, start, end)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return mark_safe(f"{prefix}{html.strip()}{suffix}")

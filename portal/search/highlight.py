"""Highlighting done in Python, the same way for every backend.

The text is escaped first and only then are `<mark>` tags added around words that answer the
query (mutated forms and synonyms included), so neither content nor query can inject HTML.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.search import analysis
from portal.search.text import WORD

SNIPPET_LENGTH = 240


def _matching_spans(text: str, groups: list[set[str]], language: str) -> list[tuple[int, int]]:
    return [
        m.span() for m in WORD.finditer(text) if analysis.matches(m.group(), groups, language)
    ]


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Start and end of a snippet around the first match, cut at word boundaries."""
    if len(text) <= SNIPPET_LENGTH:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def snippet(text: str, groups: list[set[str]], language: str) -> SafeString:
    """An escaped extract of `text` around the first match, matches wrapped in <mark>."""
    text = " ".join(text.split())
    spans = _matching_spans(text, groups, language)
    start, end = _window(text, spans)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts += [escape(text[cursor:span_start]), "<mark>", escape(text[span_start:span_end])]
        parts.append("</mark>")
        cursor = span_end
    parts += [escape(text[cursor:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def title(text: str, groups: list[set[str]], language: str) -> SafeString:
    return snippet(text, groups, language) if len(text) <= SNIPPET_LENGTH else escape(text)

"""Highlighting done in Python, the same way for every backend.

The text is escaped first and only then are `<mark>` tags added around words that answer the
query (mutated forms and synonyms included), so neither content nor query can inject HTML.
Only the words up to the snippet's end are analysed, each distinct word once
(`analysis.word_terms` keeps their terms for the process).
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.search import analysis
from portal.search.text import WORD

SNIPPET_LENGTH = 240


def _window(text: str, first: int) -> tuple[int, int]:
    """Start and end of a snippet around the first match (at `first`), cut at word boundaries."""
    if len(text) <= SNIPPET_LENGTH:
        return 0, len(text)
    start = max(0, first - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def _spans(text: str, groups: list[set[str]], language: str):
    """The window to show, and the spans of matching words inside it."""
    wanted = set().union(*groups) if groups else set()
    answers: dict[str, bool] = {}
    spans, window = [], None
    for match in WORD.finditer(text):
        if window is not None and match.end() > window[1]:
            break
        word = match.group()
        if word not in answers:
            answers[word] = not analysis.word_terms(word, language).isdisjoint(wanted)
        if not answers[word]:
            continue
        if window is None:
            window = _window(text, match.start())
            if match.end() > window[1]:
                break
        if match.start() >= window[0]:
            spans.append(match.span())
    return window or _window(text, 0), spans


def snippet(text: str, groups: list[set[str]], language: str) -> SafeString:
    """An escaped extract of `text` around the first match, matches wrapped in <mark>."""
    text = " ".join(text.split())
    (start, end), spans = _spans(text, groups, language)
    parts = ["…" if start else ""]
    cursor = start
    for span_start, span_end in spans:
        parts += [escape(text[cursor:span_start]), "<mark>", escape(text[span_start:span_end])]
        parts.append("</mark>")
        cursor = span_end
    parts += [escape(text[cursor:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def title(text: str, groups: list[set[str]], language: str) -> SafeString:
    return snippet(text, groups, language) if len(text) <= SNIPPET_LENGTH else escape(text)

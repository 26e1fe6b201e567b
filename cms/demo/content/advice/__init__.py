"""Advice pages of the demo site, in English and Welsh.

Each entry has a stable key, the key of its section (the parent page), its AdvicePage topic,
and for each language a slug, title, one- or two-sentence intro and body.

A body is a list of (block type, value) pairs for cms.blocks.BodyBlock: "heading" (text),
"paragraph" (rich text HTML), "quote", "statistic", "accordion" and "call_to_action" (dicts).
The Welsh body has the same blocks in the same order as the English one.

Figures are from National Adoption Service reports for 2019/20.
"""

from cms.demo.content.advice import adopted_adults, adopting, birth_families, support

ADVICE: list[dict] = (
    adopting.PAGES + support.PAGES + birth_families.PAGES + adopted_adults.PAGES
)

"""A date inside a sentence, in the active language: "Friday 4 December 2026", and in Welsh
"dydd Gwener 4 Rhagfyr 2026" (the catalogue's day names are capitalised for headings)."""

from django import template
from django.utils.formats import date_format
from django.utils.translation import get_language

register = template.Library()


@register.filter
def in_a_sentence(day):
    text = date_format(day, "l j F Y")
    if get_language() == "cy" and text.startswith("Dydd "):
        text = "d" + text[1:]
    return text

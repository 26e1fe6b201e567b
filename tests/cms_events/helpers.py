"""Shared look-ups for the events tests."""

from cms.models import EventIndexPage, EventPage
from tests.helpers import page_of_type


def index(language="en"):
    return page_of_type(EventIndexPage, language)


def event(slug):
    return EventPage.objects.live().get(slug=slug)

"""Shared look-ups for tests: one live page of each type in each language."""

from wagtail.models import Locale

from cms import models as cms

PAGE_TYPES = [
    cms.HomePage, cms.SectionIndexPage, cms.AdvicePage, cms.StoryIndexPage, cms.StoryPage,
    cms.EventIndexPage, cms.EventPage, cms.RegionPage, cms.StandardPage,
]


def page_of_type(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()

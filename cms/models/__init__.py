from cms.models.pages import (
    AdvicePage,
    EventIndexPage,
    EventPage,
    HomePage,
    RegionPage,
    SectionIndexPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from cms.models.snippets import Footer, NavigationMenu
from cms.models.translation_state import PartlyTranslatedPage

__all__ = [
    "AdvicePage", "EventIndexPage", "EventPage", "Footer", "HomePage", "NavigationMenu",
    "PartlyTranslatedPage", "RegionPage", "SectionIndexPage", "StandardPage", "StoryIndexPage",
    "StoryPage",
]

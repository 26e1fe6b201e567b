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

__all__ = [
    "AdvicePage", "EventIndexPage", "EventPage", "Footer", "HomePage", "NavigationMenu",
    "RegionPage", "SectionIndexPage", "StandardPage", "StoryIndexPage", "StoryPage",
]

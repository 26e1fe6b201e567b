"""A sitemap of both language trees, each URL with its hreflang alternates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class BilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for locale_root in roots:
            pages = pages | Page.objects.descendant_of(locale_root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

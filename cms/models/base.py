"""The abstract page every portal page type extends.

It declares, in one place, which fields translators translate and which stay synchronised
with the English source (as foundation.mozilla.org does with override_translatable_fields).
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyBlock
from cms.models import translation_state
from portal import content_version, restrictions
from portal.caching import changes_at_midnight
from portal.search.pages import SearchablePage, plain_text


def locked(field_name):
    """A field synchronised from the English page that the translation editor cannot override:
    facts such as dates, codes, regions and agencies must not differ between languages."""
    return SynchronizedField(field_name, overridable=False)


_versions = content_version.Memo()

BASE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    TranslatableField("intro"),
    TranslatableField("body"),
    locked("show_in_menus"),
]


class BasePage(SearchablePage, Page):
    intro = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences, shown in listings.")
    )
    body = StreamField(BodyBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + SearchablePage.search_index_fields + [
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS
    lists_upcoming_events = False  # such pages change at midnight, not only on publish

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return changes_at_midnight(response) if self.lists_upcoming_events else response

    def get_view_restrictions(self):
        if not restrictions.any_exist():  # Wagtail's check costs two queries per page
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def search_summary(self):
        return self.search_description or self.intro

    def search_body(self):
        return plain_text(self.body.stream_block.get_searchable_content(self.body))

    @cached_property
    def content_language(self):
        """The language the body is written in: an alias shows its source's content."""
        if self.alias_of_id is None:
            return get_language()  # pages are served under their own locale's prefix
        return Page.objects.select_related("locale").get(pk=self.alias_of_id).locale.language_code

    def versions(self, request=None):
        """(language code, url, holds its own language's text, is this page) for each live
        public version of this page, this one included: one query, then kept per process
        until content changes (portal.content_version). Own text means no alias and nothing
        left untranslated (translation_state)."""
        host = request.get_host() if request else ""
        return _versions.get((self.pk, host), lambda: self._find_versions(request))

    def _find_versions(self, request):
        pages = translation_state.with_realness(
            restrictions.public(self.get_translations(inclusive=True).live())
            .select_related("locale"))
        found = [(p.locale.language_code, p.get_url(request), p.is_real, p.pk == self.pk)
                 for p in pages]
        return sorted(version for version in found if version[1])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        versions = self.versions(request)
        # The language toggle goes to any live version; hreflang names real content only.
        context["translations"] = {code: url for code, url, _real, _this in versions}
        context["alternates"] = {code: url for code, url, real, _this in versions if real}
        return context

    def get_sitemap_urls(self, request=None):
        """Absolute URLs from the request's own host, with every language that holds its own
        text as an alternate. A page without its own language's text is left out."""
        versions = self.versions(request)
        if not any(real and this for _code, _url, real, this in versions):
            return []  # not live, or not its own language's text

        def absolute(url):
            return request.build_absolute_uri(url) if request else url

        alternates = [{"lang_code": code, "location": absolute(url)}
                      for code, url, real, _this in versions if real]
        return [{**entry, "location": absolute(self.get_url(request)), "alternates": alternates}
                for entry in super().get_sitemap_urls(request)]

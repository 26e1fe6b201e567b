"""Each page's state in English and in Welsh, in one query, for the content status report: so
that no page sits English-only, or Welsh-only, or with a Welsh text older than its English,
unnoticed. Whether a live Welsh page holds Welsh text is `translation_state`'s question (an
alias or a partly translated page does not)."""

from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from cms.models.translation_state import with_realness

ENGLISH_STATES = {
    "live": _("Live"),
    "changed": _("Live, with unpublished changes"),
    "draft": _("Draft"),
    "none": _("No English page"),
}
WELSH_STATES = {
    "live": _("Live in Welsh"),
    "partly": _("Live, partly untranslated"),
    "outdated": _("Live, English changed since"),
    "alias": _("Alias of the English page (English shown)"),
    "draft": _("Draft translation"),
    "none": _("No Welsh page"),
}


def english_pages():
    """A row per page: every English page but the tree's root, and every Welsh page with no
    English one. Annotated with `english_state`, `welsh_state` and `welsh_id` (the Welsh page
    shares its translation key: a Welsh-only row is its own Welsh page)."""
    english = Locale.get_default()
    welsh = with_realness(Page.objects.filter(translation_key=OuterRef("translation_key"),
                                              locale__language_code="cy"))
    has_english = Page.objects.filter(translation_key=OuterRef("translation_key"),
                                      locale=english)
    # wagtail-localize's copy of the English text, as it was when the Welsh was last prepared.
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key"),
                                              locale=english)

    def of_welsh(field):
        return Subquery(welsh.values(field)[:1])

    pages = Page.objects.filter(depth__gt=1).filter(
        Q(locale=english) | Q(locale__language_code="cy") & ~Exists(has_english)).annotate(
        welsh_id=of_welsh("pk"), welsh_live=of_welsh("live"),
        welsh_alias_of=of_welsh("alias_of_id"), welsh_real=of_welsh("is_real"),
        source_id=Subquery(source.values("pk")[:1]),
        source_updated_at=Subquery(source.values("last_updated_at")[:1]))
    return pages.annotate(
        english_state=Case(When(~Q(locale=english), then=Value("none")),
                           When(live=False, then=Value("draft")),
                           When(has_unpublished_changes=True, then=Value("changed")),
                           default=Value("live")),
        welsh_state=Case(When(welsh_id__isnull=True, then=Value("none")),
                         When(welsh_alias_of__isnull=False, then=Value("alias")),
                         When(welsh_live=False, then=Value("draft")),
                         When(welsh_real=False, then=Value("partly")),
                         When(Q(locale=english, source_updated_at__lt=F("last_published_at")),
                              then=Value("outdated")),
                         default=Value("live")),
    ).select_related("content_type")


def describe(pages):
    """The rows of the report: `pages` from english_pages(), each with its states in words (in
    the language active now, which is the reader's), its type and its links."""
    rows = list(pages)
    for page in rows:
        page.english_state_label = str(ENGLISH_STATES[page.english_state])
        page.welsh_state_label = str(WELSH_STATES[page.welsh_state])
        model = page.content_type.model_class()  # None for a page type since removed
        page.page_type = str(model._meta.verbose_name).capitalize() if model else "—"
        page.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if page.welsh_state == "outdated":  # wagtail-localize's "Sync translated pages"
            page.welsh_link = str(_("Update the Welsh"))
            page.welsh_url = reverse("wagtail_localize:update_translations",
                                     args=[page.source_id])
        elif page.welsh_id:  # the edit view opens wagtail-localize's editor for a translation
            page.welsh_link = str(_("Edit in Welsh"))
            page.welsh_url = reverse("wagtailadmin_pages:edit", args=[page.welsh_id])
        else:
            page.welsh_link = str(_("Translate into Welsh"))
            page.welsh_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    progress = segments_translated([p.translation_key for p in rows
                                    if p.welsh_state in ("draft", "partly", "outdated")])
    for page in rows:
        total, done = progress.get(page.translation_key, (0, 0))
        page.welsh_progress = ngettext("%(done)s of %(total)s segment translated",
                                       "%(done)s of %(total)s segments translated",
                                       total) % {"done": done, "total": total} if total else ""
    return rows


def segments_translated(translation_keys):
    """{translation key: (segments, segments translated into Welsh)} of the English pages
    submitted to wagtail-localize, in one query (`Translation.get_progress` for many)."""
    from wagtail_localize.models import StringSegment, StringTranslation

    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"),
        locale__language_code="cy", has_error=False)
    segments = (StringSegment.objects
                .filter(source__object_id__in=translation_keys,
                        source__locale=Locale.get_default())
                .values("source__object_id")
                .annotate(total=Count("pk"), done=Count("pk", filter=Exists(translated))))
    return {row["source__object_id"]: (row["total"], row["done"]) for row in segments}

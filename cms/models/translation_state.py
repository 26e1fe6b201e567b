"""Which live pages hold their own language's text.

A Welsh page is real Welsh content only when it is not an alias of the English page (the
placeholder that wagtail-localize's locale synchronisation makes) and it was not published
with segments left untranslated (wagtail-localize fills those with the English). The second is
known only at publish time, so it is recorded then (`record`), one row per page that went live
partly in English."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class PartlyTranslatedPage(models.Model):
    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True,
                                related_name="+")
    segments_left = models.PositiveIntegerField(_("segments not translated"))
    published_at = models.DateTimeField(_("published"), auto_now=True)

    class Meta:
        verbose_name = _("partly translated page")
        verbose_name_plural = _("partly translated pages")

    def __str__(self):
        return f"{self.page_id}: {self.segments_left}"


def untranslated_segments(page) -> int:
    """Segments of `page`'s translation that had no translation into its language (0 for a
    page with no wagtail-localize translation: a source page, or one written by hand)."""
    from wagtail_localize.models import Translation

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id).first()
    if translation is None:
        return 0
    total, done = translation.get_progress()
    return total - done


def record(page) -> None:
    """After `page` is published: remember whether it went live partly untranslated."""
    left = untranslated_segments(page)
    if left:
        PartlyTranslatedPage.objects.update_or_create(page_id=page.pk,
                                                      defaults={"segments_left": left})
    else:
        PartlyTranslatedPage.objects.filter(page_id=page.pk).delete()


def real(pages):
    """`pages` (a page queryset) without aliases and partly translated pages."""
    return pages.filter(alias_of__isnull=True).exclude(
        pk__in=PartlyTranslatedPage.objects.values("page_id"))


def with_realness(pages):
    """`pages` with `is_real` on each (in the same query)."""
    partly = PartlyTranslatedPage.objects.filter(page_id=models.OuterRef("pk"))
    return pages.annotate(is_real=models.ExpressionWrapper(
        models.Q(alias_of__isnull=True) & ~models.Exists(partly),
        output_field=models.BooleanField()))

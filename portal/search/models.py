from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ZeroResultSearch(models.Model):
    """A search that found nothing, counted per language, so editors can fill the gap."""

    query_string = models.CharField(_("search"), max_length=200)
    language = models.CharField(_("language"), max_length=8)
    hits = models.PositiveIntegerField(_("times searched"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language"], name="zero_result_once")
        ]

    def __str__(self):
        return f"{self.query_string} ({self.language})"

    @classmethod
    def record(cls, query_string: str, language: str) -> None:
        """One query when the search is known already (the usual case), two or three if new."""
        query_string = query_string[:200]
        again = cls.objects.filter(query_string=query_string, language=language)
        if again.update(hits=F("hits") + 1, last_searched_at=timezone.now()):
            return
        entry, created = cls.objects.get_or_create(
            query_string=query_string, language=language, defaults={"hits": 1}
        )
        if not created:  # made by another request in the meantime
            again.update(hits=F("hits") + 1, last_searched_at=timezone.now())

class PageText(models.Model):
    """What a search result shows of a page (its summary and body as plain text), kept so
    that a results page reads it with the hits in one query instead of loading each hit's
    specific page and walking its StreamField. Made at the first search that shows the page
    after it was saved; every save of the page deletes it (`display.forget`)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="search_text"
    )
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = _("page text for search results")
        verbose_name_plural = _("page texts for search results")

    def __str__(self):
        return str(self.page_id)

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
        entry, created = cls.objects.get_or_create(
            query_string=query_string[:200], language=language, defaults={"hits": 1}
        )
        if not created:
            cls.objects.filter(pk=entry.pk).update(
                hits=F("hits") + 1, last_searched_at=timezone.now()
            )

"""The only thing the check keeps: how many were finished, per day, language and outcome."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.languages import LANGUAGES


class CheckCount(models.Model):
    """How many checks were finished on a day, in a language, with an outcome: nothing else."""

    COMPLETED, SIGNPOSTED = "completed", "signposted"
    OUTCOMES = [(COMPLETED, _("Reached the guidance and next steps")),
                (SIGNPOSTED, _("Sent to a service outside Wales"))]
    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    outcome = models.CharField(_("outcome"), max_length=12, choices=OUTCOMES)
    count = models.PositiveIntegerField(_("checks"), default=0)

    class Meta:
        ordering = ["-day", "language", "outcome"]
        verbose_name = _("finished check count")
        verbose_name_plural = _("finished check counts")
        constraints = [models.UniqueConstraint(fields=["day", "language", "outcome"],
                                               name="one_count_per_day_language_outcome")]

    def __str__(self):
        return f"{self.day} {self.language} {self.outcome}: {self.count}"

    @classmethod
    def add_one(cls, outcome, language=None):
        row, _created = cls.objects.get_or_create(
            day=timezone.localdate(), language=language or get_language(), outcome=outcome)
        cls.objects.filter(pk=row.pk).update(count=F("count") + 1)

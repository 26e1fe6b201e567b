"""The phone line's settings that staff edit: opening hours and the spoken prompts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OpeningHours(models.Model):
    DAYS = [(0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")), (3, _("Thursday")),
            (4, _("Friday")), (5, _("Saturday")), (6, _("Sunday"))]
    weekday = models.PositiveSmallIntegerField(_("day"), choices=DAYS, unique=True)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["weekday"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class Prompt(models.Model):
    """A spoken prompt in both languages. Both texts are required, so a Welsh prompt always
    goes live with the English one."""

    key = models.SlugField(_("identifier"), unique=True)
    text_en = models.TextField(_("English"))
    text_cy = models.TextField(_("Welsh"))

    class Meta:
        ordering = ["key"]
        verbose_name = _("phone prompt")
        verbose_name_plural = _("phone prompts")

    def __str__(self):
        return self.key

    def text(self, language):
        return self.text_cy if language == "cy" else self.text_en

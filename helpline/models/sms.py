from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.bilingual import BilingualNameMixin


class SmsTemplate(BilingualNameMixin, models.Model):
    """A text message staff can send from a contact's page, in Welsh and in English.
    `{first_name}` in the text is replaced with the contact's first name."""

    key = models.SlugField(_("identifier"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_cy = models.CharField(_("name (Welsh)"), max_length=100)
    text_en = models.TextField(_("English"), max_length=600)
    text_cy = models.TextField(_("Welsh"), max_length=600)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("SMS template")
        verbose_name_plural = _("SMS templates")

    def __str__(self):
        return self.name

    def render(self, language, contact):
        text = self.text_cy if language == "cy" else self.text_en
        return text.replace("{first_name}", contact.first_name)

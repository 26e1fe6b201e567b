"""Reference data shared by the portal: the five regional adoption services."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of the five regional adoption services. Names are editable: each service confirms
    its official Welsh name before launch."""

    slug = models.SlugField(unique=True)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_cy = models.CharField(_("name (Welsh)"), max_length=150)
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=30, blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("region")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_cy if get_language() == "cy" else self.name_en

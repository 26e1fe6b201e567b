"""Translatable snippets: the main navigation and the footer, one of each per locale."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from cms.blocks import LinkBlock


class NavigationMenu(TranslatableMixin, models.Model):
    links = StreamField([("link", LinkBlock())], use_json_field=True)

    panels = [FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")

    def __str__(self):
        return _("Navigation menu (%(locale)s)") % {"locale": self.locale}


class Footer(TranslatableMixin, models.Model):
    text = RichTextField(features=["bold", "italic", "link"], blank=True)
    links = StreamField([("link", LinkBlock())], use_json_field=True)

    panels = [FieldPanel("text"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")

    def __str__(self):
        return _("Footer (%(locale)s)") % {"locale": self.locale}

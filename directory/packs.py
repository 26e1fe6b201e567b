"""Each service's information pack (a Wagtail document per language) and its "what happens next"
steps, which the enquiry confirmation and thank-you page show (docs/information-pack.md).

A service with no steps of its own shows the national steps (rows with neither a region nor an
agency), loaded by migration directory/0003 and edited under Snippets → Reference data."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


@dataclass(frozen=True)
class Pack:
    """A pack to link: its document, and the language the document is in."""

    document: object
    language: str

    @property
    def url(self) -> str:
        """Absolute, for emails and texts (a document on object storage already is)."""
        url = self.document.url
        return url if "://" in url else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


class HasInformationPack(ClusterableModel):
    """A service (region or agency) with a pack in English and in Welsh, and its own steps."""

    information_pack = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("information pack (English)"))
    information_pack_cy = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("information pack (Welsh)"),
        help_text=_("Welsh readers get the English pack, with a note, when there is no Welsh "
                    "one."))

    class Meta:
        abstract = True

    def pack_for(self, language: str) -> Pack | None:
        """The pack in `language`, else the one in the other language, else None."""
        order = ["cy", "en"] if language == "cy" else ["en", "cy"]
        fields = {"en": "information_pack", "cy": "information_pack_cy"}
        for lang in order:  # a document is read only when it is the one linked
            if getattr(self, f"{fields[lang]}_id"):
                return Pack(getattr(self, fields[lang]), lang)
        return None


class NextStepQuerySet(models.QuerySet):
    def national(self):
        return self.filter(region__isnull=True, agency__isnull=True)

    def for_service(self, service) -> list["NextStep"]:
        """The service's own steps in order, or the national ones when it has none (one
        query). `service` is a Region, an Agency or None (national)."""
        own = Q(pk__in=[])
        if service is not None:
            own = Q(**{service._meta.model_name: service})
        steps = list(self.filter(own | Q(region__isnull=True, agency__isnull=True))
                     .order_by("sort_order", "pk"))
        return [s for s in steps if s.region_id or s.agency_id] or steps


class NextStep(Orderable):
    """One step of "what happens next", in English and Welsh side by side."""

    region = ParentalKey("directory.Region", null=True, blank=True, on_delete=models.CASCADE,
                         related_name="next_steps", verbose_name=_("region"))
    agency = ParentalKey("directory.Agency", null=True, blank=True, on_delete=models.CASCADE,
                         related_name="next_steps", verbose_name=_("agency"))
    title_en = models.CharField(_("title (English)"), max_length=120)
    title_cy = models.CharField(_("title (Welsh)"), max_length=120)
    text_en = models.TextField(_("what happens (English)"))
    text_cy = models.TextField(_("what happens (Welsh)"))

    objects = NextStepQuerySet.as_manager()

    panels = [FieldRowPanel([FieldPanel("title_en"), FieldPanel("title_cy")]),
              FieldRowPanel([FieldPanel("text_en"), FieldPanel("text_cy")])]

    class Meta(Orderable.Meta):
        verbose_name = _("next step")
        verbose_name_plural = _("what happens next (national steps)")
        constraints = [models.CheckConstraint(
            condition=Q(region__isnull=True) | Q(agency__isnull=True),
            name="next_step_belongs_to_one_service")]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.title_cy if get_language() == "cy" and self.title_cy else self.title_en

    @property
    def text(self):
        return self.text_cy if get_language() == "cy" and self.text_cy else self.text_en

# ruff: noqa: DJ008 - __str__ comes from BilingualNameMixin
"""Reference data: regions, councils, which region serves each council (dated), agencies, and
the services outside Wales that people who live elsewhere are signposted to.
All of it is data that staff edit in the admin; routing never names a council in code.

The tables keep the names they had when these models lived in enquiries (docs/directory.md)."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.bilingual import BilingualNameMixin
from directory.packs import HasInformationPack, NextStep  # noqa: F401 (a model of this app)


class Region(BilingualNameMixin, HasInformationPack):
    """One of the five regional adoption services. Each service confirms its official Welsh
    name before launch, so both names are editable."""

    slug = models.SlugField(_("identifier"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_cy = models.CharField(_("name (Welsh)"), max_length=150)
    email = models.EmailField(_("enquiries inbox"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    first_response_days = models.PositiveSmallIntegerField(
        _("first response target (working days)"), default=5
    )

    class Meta:
        db_table = "enquiries_region"
        ordering = ["name_en"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        # Regional and agency staff, on their own service's pack screen (one permission for
        # both kinds of service: docs/information-pack.md).
        permissions = [("attach_own_pack", _("Can attach their own service's information pack"))]


class LocalAuthority(BilingualNameMixin, models.Model):
    gss_code = models.CharField(_("GSS code"), max_length=9, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_cy = models.CharField(_("name (Welsh)"), max_length=100)

    class Meta:
        db_table = "enquiries_localauthority"
        ordering = ["name_en"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")

    def region_on(self, day=None):
        """The region serving this council on a day (today by default), or None."""
        coverage = RegionCoverage.objects.active_on(day).filter(local_authority=self).first()
        return coverage.region if coverage else None


class CoverageQuerySet(models.QuerySet):
    def active_on(self, day=None):
        day = day or datetime.date.today()
        return self.filter(
            Q(effective_to__isnull=True) | Q(effective_to__gt=day), effective_from__lte=day
        ).select_related("region")


class RegionCoverage(models.Model):
    """A council is served by a region from one date until (not including) another."""

    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.CASCADE, related_name="coverage", verbose_name=_("council")
    )
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="coverage",
                               verbose_name=_("region"))
    effective_from = models.DateField(_("from"))
    effective_to = models.DateField(_("until"), null=True, blank=True)

    objects = CoverageQuerySet.as_manager()

    class Meta:
        db_table = "enquiries_regioncoverage"
        ordering = ["local_authority__name_en", "-effective_from"]
        verbose_name = _("council served by a region")
        verbose_name_plural = _("councils served by regions")
        constraints = [
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True)
                | Q(effective_to__gt=models.F("effective_from")),
                name="coverage_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        until = self.effective_to or ""
        return f"{self.local_authority} → {self.region} ({self.effective_from}–{until})"


class Agency(BilingualNameMixin, HasInformationPack):
    VOLUNTARY = "voluntary"
    SUPPORT = "support"
    KINDS = [(VOLUNTARY, _("Voluntary adoption agency")), (SUPPORT, _("Support charity"))]

    slug = models.SlugField(_("identifier"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_cy = models.CharField(_("name (Welsh)"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=KINDS)
    accepts_enquiries = models.BooleanField(
        _("accepts adoption enquiries"), default=True,
        help_text=_("Support charities are signposted, never sent enquiries."),
    )
    email = models.EmailField(_("enquiries inbox"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        db_table = "enquiries_agency"
        ordering = ["name_en"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")


class OutsideWalesService(BilingualNameMixin, models.Model):
    """Where someone who lives outside Wales should go instead: the adoption service of their
    own nation. Staff keep the names, links and descriptions up to date."""

    NATIONS = [
        ("england", _("England")),
        ("scotland", _("Scotland")),
        ("northern-ireland", _("Northern Ireland")),
        ("isle-of-man", _("Isle of Man")),
        ("channel-islands", _("Channel Islands")),
    ]
    nation = models.CharField(_("nation"), max_length=20, choices=NATIONS)
    name_en = models.CharField(_("name (English)"), max_length=150)
    name_cy = models.CharField(_("name (Welsh)"), max_length=150)
    url = models.URLField(_("link"))
    description_en = models.TextField(_("description (English)"), blank=True)
    description_cy = models.TextField(_("description (Welsh)"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are listed first."))

    class Meta:
        ordering = ["order", "name_en"]
        verbose_name = _("service outside Wales")
        verbose_name_plural = _("services outside Wales")

    def description_in(self, language):
        return (self.description_cy if language == "cy" and self.description_cy
                else self.description_en)

    @property
    def description(self):
        return self.description_in(get_language())


def services_by_nation():
    """[(nation label, [services])] in the nations' order, for the signpost page. One query."""
    services = list(OutsideWalesService.objects.all())
    return [(label, [s for s in services if s.nation == code])
            for code, label in OutsideWalesService.NATIONS
            if any(s.nation == code for s in services)]

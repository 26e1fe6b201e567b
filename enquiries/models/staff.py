from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.models import Agency, Region


class StaffProfile(models.Model):
    """The wall a member of staff works inside: a region, a voluntary adoption agency, or
    neither (national staff). What they may do there is their group's permissions; both are
    read only through enquiries.access."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="staff_profile", verbose_name=_("user"))
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                               verbose_name=_("region"),
                               help_text=_("Regional staff see only their region's records."))
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT,
                               verbose_name=_("voluntary adoption agency"),
                               help_text=_("Agency staff see only the enquiries routed to "
                                           "their agency."))

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        constraints = [models.CheckConstraint(
            condition=Q(region__isnull=True) | Q(agency__isnull=True),
            name="staffprofile_region_or_agency",
            violation_error_message=_("Choose a region or an agency, not both."),
        )]

    def __str__(self):
        return f"{self.user} ({self.agency or self.region or _('national')})"

    def clean(self):
        if self.region_id and self.agency_id:
            raise ValidationError(_("Choose a region or an agency, not both."))

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from enquiries.models.reference import Region


class StaffProfile(models.Model):
    """Which region a member of staff works for. No region means national staff."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="staff_profile")
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                               help_text=_("Leave empty for national staff, who see every region."))

    def __str__(self):
        return f"{self.user} ({self.region or _('national')})"

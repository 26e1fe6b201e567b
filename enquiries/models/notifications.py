"""Every email or SMS we send is a stored record: what, to whom, in which language, and how
each attempt went. A failing provider leaves a failed record for staff, never a lost enquiry.

An attempt holds a lease (`attempt_started_at`): one that started longer ago than
NOTIFICATION_LEASE_SECONDS belongs to a worker that died, and the notification is taken again."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from enquiries.models.enquiry import Enquiry
from portal.outbox import OutgoingMessage


class Notification(OutgoingMessage):
    CHANNELS = [("email", _("Email")), ("sms", _("SMS"))]
    PURPOSES = [("confirmation", _("Confirmation to the enquirer")),
                ("region-alert", _("Alert to the service"))]

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="notifications")
    channel = models.CharField(_("sent by"), max_length=10, choices=CHANNELS)
    purpose = models.CharField(_("purpose"), max_length=20, choices=PURPOSES)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [models.UniqueConstraint(fields=["enquiry", "channel", "purpose"],
                                               name="one_notification_per_purpose")]

    def __str__(self):
        return f"{self.enquiry} {self.purpose} {self.channel} ({self.status})"

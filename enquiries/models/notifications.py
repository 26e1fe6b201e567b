"""Every email or SMS we send is a stored record: what, to whom, in which language, and how
each attempt went. A failing provider leaves a failed record for staff, never a lost enquiry.

An attempt holds a lease (`attempt_started_at`): one that started longer ago than
NOTIFICATION_LEASE_SECONDS belongs to a worker that died, and the notification is taken again."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from enquiries.models.contacts import LANGUAGES
from enquiries.models.enquiry import Enquiry


class Notification(models.Model):
    CHANNELS = [("email", _("Email")), ("sms", _("SMS"))]
    PURPOSES = [("confirmation", _("Confirmation to the enquirer")),
                ("region-alert", _("Alert to the service"))]
    STATUSES = [("pending", _("Pending")), ("sent", _("Sent")), ("failed", _("Failed"))]
    MAX_ATTEMPTS = 5

    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="notifications")
    channel = models.CharField(_("sent by"), max_length=10, choices=CHANNELS)
    purpose = models.CharField(_("purpose"), max_length=20, choices=PURPOSES)
    recipient = models.CharField(_("to"), max_length=254)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default="pending")
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    provider_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True, default=timezone.now)
    attempt_started_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [models.UniqueConstraint(fields=["enquiry", "channel", "purpose"],
                                               name="one_notification_per_purpose")]

    def __str__(self):
        return f"{self.enquiry} {self.purpose} {self.channel} ({self.status})"

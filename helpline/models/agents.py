"""Who the helpline rings: a staff member's phone number or Twilio Voice SDK identity."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from enquiries.people import parse_phone, to_e164

MAX_DIALLED = 10  # Twilio rings at most ten <Number>/<Client> nouns in one <Dial>
ONE_ADDRESS = (Q(phone="") & ~Q(client_identity="")) | (~Q(phone="") & Q(client_identity=""))


class AgentLine(models.Model):
    """One place to ring an agent: either a phone number (E.164) or a Twilio client identity."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="helpline_lines", verbose_name=_("staff member"))
    phone = models.CharField(_("phone number (E.164)"), max_length=20, blank=True)
    client_identity = models.CharField(_("Twilio client identity"), max_length=100, blank=True)
    speaks_welsh = models.BooleanField(_("speaks Welsh"), default=False)
    on_duty = models.BooleanField(_("on duty"), default=False)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("agent line")
        verbose_name_plural = _("agent lines")
        constraints = [models.CheckConstraint(
            condition=ONE_ADDRESS,
            name="agentline_phone_or_client",
            violation_error_message=_("Give either a phone number or a client identity."),
        )]

    def __str__(self):
        return f"{self.user} {self.phone or 'client:' + self.client_identity}"

    def clean(self):
        if self.phone:
            parsed = parse_phone(self.phone)
            if parsed is None:
                raise ValidationError({"phone": _("Enter a valid phone number.")})
            self.phone = to_e164(parsed)

    @classmethod
    def to_ring(cls, language):
        """Lines on duty for a call: Welsh calls go to Welsh speakers only."""
        lines = cls.objects.filter(on_duty=True, user__is_active=True).order_by("pk")
        if language == "cy":
            lines = lines.filter(speaks_welsh=True)
        return list(lines[:MAX_DIALLED])

    @classmethod
    def for_dialled(cls, to):
        """The line a dialled leg went to, from Twilio's `To` (a number or client:identity)."""
        if to.startswith("client:"):
            return cls.objects.filter(client_identity=to.removeprefix("client:")).first()
        parsed = parse_phone(to)
        return cls.objects.filter(phone=to_e164(parsed)).first() if parsed else None

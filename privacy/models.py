"""A legal hold stops the retention schedule for one person (a complaint, a court case) until
staff lift it, with a reason each way. Holds are never deleted: lifting one is recorded."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from enquiries.models import Contact


class LegalHoldQuerySet(models.QuerySet):
    def active(self):
        return self.filter(lifted_at__isnull=True)


class LegalHold(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="legal_holds",
                                verbose_name=_("person"))
    reason = models.TextField(_("reason"))
    placed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name=_("placed by"))
    placed_at = models.DateTimeField(_("placed"), auto_now_add=True)
    lifted_at = models.DateTimeField(_("lifted"), null=True, blank=True)
    lifted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+",
                                  verbose_name=_("lifted by"))
    lift_reason = models.TextField(_("reason for lifting"), blank=True)

    objects = LegalHoldQuerySet.as_manager()

    class Meta:
        ordering = ["-placed_at"]
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")
        permissions = [
            ("place_legal_hold", "Can put a person on legal hold and lift it"),
            ("subject_access", "Can produce a subject access export"),
            ("erase_contact", "Can erase or anonymise a person"),
            ("correct_contact", "Can correct a person's email or phone everywhere"),
            ("run_retention", "Can run the retention schedule"),
        ]

    def __str__(self):
        return f"{self.contact_id}: {self.reason[:40]}"

    @property
    def active(self):
        return self.lifted_at is None

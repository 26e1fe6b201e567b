"""The one person record that web enquiries and helpline calls share. Phone numbers (E.164)
and email addresses are stored normalised and unique, so a returning person is found again."""

from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]


class Contact(models.Model):
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("surname"), max_length=100)
    preferred_language = models.CharField(_("preferred language"), max_length=2,
                                          choices=LANGUAGES, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from",
        help_text=_("Set when this record was merged into another."),
    )

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("contact")

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class ContactEmail(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="emails")
    address = models.EmailField(_("email address"), unique=True)

    def __str__(self):
        return self.address


class ContactPhone(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("phone number (E.164)"), max_length=20, unique=True)
    is_mobile = models.BooleanField(default=False)

    def __str__(self):
        return self.number

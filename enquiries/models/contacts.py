"""The one person record that web enquiries and helpline calls share. Phone numbers (E.164)
and email addresses are stored normalised. A household may share an email or a phone, so a
person is matched on their name together with those details (enquiries.people), and two
contacts that share a detail are linked as a possible match for staff to review."""

import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.languages import LANGUAGES


class Contact(models.Model):
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("surname"), max_length=100)
    preferred_language = models.CharField(_("preferred language"), max_length=2,
                                          choices=LANGUAGES, default="en")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="merged_from",
        verbose_name=_("merged into"),
        help_text=_("Set when this record was merged into another."),
    )
    # "first last" with accents folded and in lower case, so "sian" finds Siân (save() keeps it).
    folded_name = models.CharField(max_length=201, blank=True, db_index=True, editable=False)
    # Set by the retention schedule or an erasure (privacy.anonymise): who it was is gone.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        permissions = [("merge_contact", "Can merge contacts")]

    def __str__(self):
        if self.anonymised_at:
            return str(_("Anonymised person"))
        return f"{self.first_name} {self.last_name}"

    def save(self, *args, **kwargs):
        self.folded_name = fold_name(self.first_name, self.last_name)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "folded_name"}
        super().save(*args, **kwargs)


def fold(text: str) -> str:
    """Text as matching compares it: accents folded, case and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def fold_name(first_name: str, last_name: str) -> str:
    return fold(f"{first_name} {last_name}")


class ContactEmail(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="emails",
                                verbose_name=_("contact"))
    address = models.EmailField(_("email address"), db_index=True)

    class Meta:
        verbose_name = _("email address")
        verbose_name_plural = _("email addresses")
        constraints = [models.UniqueConstraint(fields=["contact", "address"],
                                               name="contactemail_once_per_contact")]

    def __str__(self):
        return self.address


class ContactPhone(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="phones",
                                verbose_name=_("contact"))
    number = models.CharField(_("phone number (E.164)"), max_length=20, db_index=True)
    is_mobile = models.BooleanField(_("mobile"), default=False)

    class Meta:
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")
        constraints = [models.UniqueConstraint(fields=["contact", "number"],
                                               name="contactphone_once_per_contact")]

    def __str__(self):
        return self.number


class PossibleMatch(models.Model):
    """Two contacts that share an email or a phone but not a name: perhaps one person who gave
    another name, perhaps two people in one household. National staff review and merge or
    dismiss; nobody is attached to anyone automatically."""

    new = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+",
                            verbose_name=_("new contact"))
    existing = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("existing contact"))
    shared = models.CharField(_("what they share"), max_length=10,
                              choices=[("email", _("Email")), ("phone", _("Phone"))])
    created_at = models.DateTimeField(_("found"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("possible match")
        verbose_name_plural = _("possible matches")
        constraints = [models.UniqueConstraint(fields=["new", "existing"],
                                               name="possiblematch_once_per_pair")]

    def __str__(self):
        return f"{self.new_id} ~ {self.existing_id} ({self.shared})"

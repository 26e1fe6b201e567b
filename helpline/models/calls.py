"""Calls and other interactions, logged against the same Contact that web enquiries use."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.bilingual import BilingualNameMixin
from directory.models import Agency, Region
from enquiries.models import Contact, Enquiry
from portal.languages import LANGUAGES


class OutcomeCode(BilingualNameMixin, models.Model):
    """What came of a call. Non-conversations (silent, wrong number, abusive...) are kept apart
    so that statistics about real conversations stay honest."""

    code = models.SlugField(_("code"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_cy = models.CharField(_("name (Welsh)"), max_length=100)
    is_conversation = models.BooleanField(_("a real conversation"), default=True)
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["-is_conversation", "name_en"]
        verbose_name = _("call outcome")
        verbose_name_plural = _("call outcomes")

    def __str__(self):
        return self.name


class Interaction(models.Model):
    """One contact with a person: a call (through Twilio or logged by hand), a voicemail, an
    SMS, an email or a note. Calls from Twilio are keyed by their call SID."""

    KINDS = [("call", _("Call")), ("voicemail", _("Voicemail")), ("sms", _("SMS")),
             ("email", _("Email")), ("note", _("Note"))]
    DIRECTIONS = [("in", _("Incoming")), ("out", _("Outgoing"))]
    # Twilio call statuses in the order a call moves through them; a late or out-of-order
    # callback never moves a call back to an earlier state.
    STATUSES = [("queued", _("Queued")), ("ringing", _("Ringing")),
                ("in-progress", _("In progress")), ("completed", _("Completed")),
                ("busy", _("Busy")), ("no-answer", _("No answer")), ("failed", _("Failed")),
                ("canceled", _("Cancelled")),
                # text messages
                ("sending", _("Sending")), ("sent", _("Sent")), ("delivered", _("Delivered")),
                ("undelivered", _("Not delivered"))]
    FINISHED = {"completed", "busy", "no-answer", "failed", "canceled"}

    kind = models.CharField(_("type"), max_length=10, choices=KINDS, default="call")
    direction = models.CharField(_("direction"), max_length=3, choices=DIRECTIONS, default="in")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="interactions", verbose_name=_("contact"))
    enquiry = models.ForeignKey(Enquiry, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="interactions", verbose_name=_("enquiry"),
                                help_text=_("An enquiry raised from this call."))
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("region"),
                               help_text=_("Empty for the national line."))
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("agency"),
                               help_text=_("Logged by an agency's staff."))
    twilio_sid = models.CharField(_("Twilio call ID"), max_length=64, unique=True, null=True,
                                  blank=True)
    from_number = models.CharField(_("from"), max_length=20, blank=True)
    to_number = models.CharField(_("to"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES,
                                blank=True)
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default="queued")
    queued_at = models.DateTimeField(_("started"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    agent = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("agent"))
    outcome = models.ForeignKey(OutcomeCode, null=True, blank=True, on_delete=models.PROTECT,
                                verbose_name=_("outcome"))
    topics = models.CharField(_("topics"), max_length=200, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    follow_up = models.TextField(_("follow-up"), blank=True)
    recording_url = models.URLField(_("recording"), blank=True)
    # Set by the retention schedule or an erasure (privacy.anonymise): who it was is gone.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-queued_at"]
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")
        permissions = [("send_sms", "Can send text messages to contacts")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.from_number} {self.queued_at:%Y-%m-%d %H:%M}"

    @classmethod
    def status_rank(cls, status):
        """Where a status stands in a call's life; every finished state ranks last."""
        order = ["queued", "ringing", "in-progress"]
        return order.index(status) if status in order else len(order)


class Callback(models.Model):
    """A promise to ring someone back (after a voicemail, or asked for by staff)."""

    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="callbacks", verbose_name=_("contact"))
    interaction = models.ForeignKey(Interaction, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="callbacks",
                                    verbose_name=_("call"))
    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("region"))
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+", verbose_name=_("agency"))
    phone = models.CharField(_("phone number"), max_length=20)
    language = models.CharField(_("language"), max_length=2, blank=True)
    due_at = models.DateTimeField(_("due"), db_index=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("assigned to"))
    note = models.TextField(_("note"), blank=True)
    booked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+",
                                  verbose_name=_("booked by"))
    # The last attempt: what came of it, when, and who made it.
    result = models.CharField(_("result"), max_length=200, blank=True)
    outcome = models.ForeignKey(OutcomeCode, null=True, blank=True, on_delete=models.PROTECT,
                                verbose_name=_("outcome"))
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_attempt_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="+",
                                        verbose_name=_("last attempt by"))
    completed_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        ordering = ["completed_at", "due_at"]
        verbose_name = _("callback")
        verbose_name_plural = _("callbacks")

    def __str__(self):
        return f"{self.phone} {self.due_at:%Y-%m-%d %H:%M}"

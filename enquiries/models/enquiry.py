"""An enquiry, where it was routed and why, and everything that happened to it since."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.models import Agency, LocalAuthority, Region
from enquiries import reasons
from enquiries.models.contacts import LANGUAGES, Contact

INFORMATION_PACK = "information-pack"  # asks only for the pack: docs/information-pack.md
INFORMATION_EVENT = "information-event"  # made by a new person's event booking, not a form


class Enquiry(models.Model):
    INTERESTS = [
        ("adopting", _("Adopting a child")),
        ("support", _("Adoption support for an adoptive family")),
        ("birth-family", _("I am a birth family member")),
        ("adopted-adult", _("I am an adopted adult, or want access to records")),
        ("step-parent", _("Step-parent adoption")),
        ("inter-country", _("Inter-country adoption")),
        ("professional", _("I am a professional")),
        (INFORMATION_EVENT, _("Coming to an information event")),
        (INFORMATION_PACK, _("Just send me the information pack")),
    ]
    # What a person (or an agent for them) can choose on a form.
    FORM_INTERESTS = [choice for choice in INTERESTS if choice[0] != INFORMATION_EVENT]
    HOUSEHOLDS = [("single", _("On my own")), ("couple", _("As a couple"))]
    CONTACT_METHODS = [("email", _("Email")), ("phone", _("Phone")), ("either", _("Either"))]
    SOURCES = [
        ("search", _("Search engine")),
        ("social", _("Social media")),
        ("tv-radio", _("Television or radio")),
        ("event", _("An event")),
        ("friend", _("Friend or family")),
        ("council", _("My council")),
        ("campaign", _("A campaign")),
        ("other", _("Other")),
    ]
    STATUSES = [
        ("new", _("New")),
        ("contacted", _("Contacted")),
        ("information-sent", _("Information sent")),
        ("visit-booked", _("Visit booked")),
        ("registration", _("Registration of interest")),
        ("closed", _("Closed")),
    ]
    ROUTES = [
        ("council", _("Council's region")),
        ("agency", _("Chosen voluntary agency")),
        ("outside-wales", _("Lives outside Wales; asked to be contacted")),
        ("reassigned", _("Reassigned by staff")),
        ("event", _("Booked a place on an event")),
    ]

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    submission_token = models.UUIDField(unique=True, editable=False, null=True)
    contact = models.ForeignKey(Contact, on_delete=models.PROTECT, related_name="enquiries",
                                verbose_name=_("contact"))
    # The name as given on this enquiry: messages about it greet the person who sent it.
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("surname"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    interest = models.CharField(_("about"), max_length=20, choices=INTERESTS)
    household = models.CharField(_("household"), max_length=10, choices=HOUSEHOLDS, blank=True)
    contact_method = models.CharField(_("how to contact"), max_length=10, choices=CONTACT_METHODS)
    wants_sms = models.BooleanField(_("texts wanted"), default=False)
    local_authority = models.ForeignKey(LocalAuthority, null=True, blank=True,
                                        on_delete=models.PROTECT, related_name="enquiries",
                                        verbose_name=_("council"))
    postcode = models.CharField(_("postcode"), max_length=8, blank=True)
    heard_about = models.CharField(_("heard of us from"), max_length=20, choices=SOURCES,
                                   blank=True)
    campaign_code = models.CharField(_("campaign code"), max_length=50, blank=True, db_index=True)
    # e.g. facebook, poster; social, print, form
    campaign_source = models.CharField(_("campaign source"), max_length=30, blank=True)
    campaign_medium = models.CharField(_("campaign medium"), max_length=30, blank=True)
    message = models.TextField(_("message"), blank=True)
    privacy_notice_version = models.CharField(_("privacy notice version"), max_length=20)

    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="enquiries", verbose_name=_("region"))
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="enquiries", verbose_name=_("agency"))
    route = models.CharField(_("route"), max_length=20, choices=ROUTES)
    routing_reason = models.TextField(_("why it was routed here"))  # in English
    routing_why = models.JSONField(default=dict, blank=True, editable=False)  # enquiries.reasons

    status = models.CharField(_("status"), max_length=20, choices=STATUSES, default="new")
    closed_reason = models.CharField(_("reason for closing"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    first_response_due = models.DateField(_("first response due"))
    first_responded_at = models.DateTimeField(_("first responded"), null=True, blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("assigned to"))
    # Set by the retention schedule or an erasure (privacy.anonymise): who it was is gone.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        indexes = [models.Index(fields=["region", "status", "created_at"])]
        permissions = [("export_enquiry", "Can export enquiries"),
                       ("move_enquiry", "Can move enquiries between regions"),
                       ("view_dashboard", "Can see the demand dashboard")]

    def __str__(self):
        return self.reference

    @property
    def routing_reason_display(self):
        """Why it was routed here, in the reader's language."""
        return reasons.describe(self.routing_why, self.routing_reason)


class EnquiryEvent(models.Model):
    """One line of an enquiry's history: routed, status changed, note, first response..."""

    KINDS = [
        ("received", _("Received")),
        ("routed", _("Routed")),
        ("status", _("Status changed")),
        ("note", _("Note")),
        ("first-response", _("First response")),
        ("reassigned", _("Reassigned")),
    ]
    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("what happened"), max_length=20, choices=KINDS)
    text = models.TextField(_("details"))
    why = models.JSONField(default=dict, blank=True, editable=False)  # a reason: enquiries.reasons
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("enquiry event")
        verbose_name_plural = _("enquiry events")

    def __str__(self):
        return f"{self.enquiry} {self.kind}"

    @property
    def text_display(self):
        """The event's text, in the reader's language when it is a routing reason."""
        return reasons.describe(self.why, self.text)

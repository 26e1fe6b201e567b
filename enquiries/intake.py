"""Receiving an enquiry: save it (with its contact, routing and planned notifications) in one
transaction, before anything is sent. A resubmission of the same form returns the first one."""

import datetime
import uuid
from dataclasses import dataclass, field

import phonenumbers
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from directory.models import Agency, LocalAuthority, Region
from directory.working_days import add_working_days
from enquiries import reasons
from enquiries.models import Contact, Enquiry, EnquiryEvent
from enquiries.notify import plan_notifications
from enquiries.people import find_or_create_contact, is_mobile, normalise_email, to_e164
from enquiries.references import new_reference
from enquiries.routing import route, route_event
from enquiries.tasks import enqueue_after_commit

DEFAULT_RESPONSE_DAYS = 5


@dataclass(frozen=True)
class NewEnquiry:
    """Everything intake needs to store one enquiry, whoever took it: the public form or a
    helpline agent. `token` identifies one filling-in of the form, so a resubmission returns the
    first enquiry; `contact` is set when staff raise an enquiry for someone already known."""

    first_name: str
    last_name: str
    language: str
    interest: str
    contact_method: str
    email: str = ""
    phone: phonenumbers.PhoneNumber | None = None
    wants_sms: bool = False
    local_authority: LocalAuthority | None = None
    agency: Agency | None = None
    household: str = ""
    postcode: str = ""
    heard_about: str = ""
    campaign_code: str = ""
    campaign_source: str = ""
    campaign_medium: str = ""
    message: str = ""
    token: uuid.UUID = field(default_factory=uuid.uuid4)
    contact: Contact | None = None
    source: str = "the website"
    # An event booking's demand enquiry: routed to the event's organiser (not a council), and
    # the booker hears from us about the booking only (`notify_enquirer` False).
    event_region: Region | None = None
    event_agency: Agency | None = None
    for_event: bool = False
    notify_enquirer: bool = True


def receive(new: NewEnquiry) -> Enquiry:
    existing = Enquiry.objects.filter(submission_token=new.token).first()
    if existing:
        return existing
    try:
        return _create(new)
    except IntegrityError:
        existing = Enquiry.objects.filter(submission_token=new.token).first()
        if existing:  # the same form arrived twice at once
            return existing
        raise


@transaction.atomic
def _create(new: NewEnquiry) -> Enquiry:
    contact = new.contact or find_or_create_contact(
        first_name=new.first_name, last_name=new.last_name, language=new.language,
        email=new.email, phone=new.phone,
    )
    decision = (route_event(new.event_region, new.event_agency) if new.for_event
                else route(new.local_authority, new.agency))
    days = decision.region.first_response_days if decision.region else DEFAULT_RESPONSE_DAYS
    enquiry = Enquiry(
        submission_token=new.token, contact=contact, language=new.language,
        first_name=new.first_name, last_name=new.last_name,
        interest=new.interest, household=new.household,
        contact_method=new.contact_method, wants_sms=new.wants_sms,
        local_authority=new.local_authority, postcode=new.postcode,
        heard_about=new.heard_about, campaign_code=new.campaign_code,
        campaign_source=new.campaign_source, campaign_medium=new.campaign_medium,
        message=new.message,
        privacy_notice_version=settings.PORTAL_PRIVACY_NOTICE_VERSION,
        region=decision.region, agency=decision.agency, route=decision.route,
        routing_reason=decision.reason, routing_why=decision.why,
        first_response_due=add_working_days(timezone.localdate(), days),
    )
    _save_with_unique_reference(enquiry)
    EnquiryEvent.objects.bulk_create([
        EnquiryEvent(enquiry=enquiry, kind="received",
                     text=f"Received through {new.source} in {new.language}.",
                     why=reasons.received(new.source, new.language)),
        EnquiryEvent(enquiry=enquiry, kind="routed", text=decision.reason, why=decision.why),
    ])
    mobile = to_e164(new.phone) if new.phone and is_mobile(new.phone) else ""
    email = (normalise_email(new.email) if new.email
             else _first(contact.emails.values_list("address", flat=True)))
    if not new.notify_enquirer:
        email = mobile = ""
    enqueue_after_commit(plan_notifications(enquiry, email, mobile))
    return enquiry


def _first(values):
    return next(iter(values), "")


def _save_with_unique_reference(enquiry, tries=5):
    for _ in range(tries):
        enquiry.reference = new_reference()
        try:
            with transaction.atomic():
                enquiry.save()
            return
        except IntegrityError:
            if Enquiry.objects.filter(submission_token=enquiry.submission_token).exists():
                raise
    raise IntegrityError("could not find a free reference")


def is_overdue(enquiry: Enquiry, today: datetime.date | None = None) -> bool:
    today = today or timezone.localdate()
    return enquiry.first_responded_at is None and enquiry.first_response_due < today

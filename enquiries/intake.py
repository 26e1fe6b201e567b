"""Receiving an enquiry: save it (with its contact, routing and planned notifications) in one
transaction, before anything is sent. A resubmission of the same form returns the first one."""

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from directory.working_days import add_working_days
from enquiries.models import Enquiry, EnquiryEvent
from enquiries.notify import plan_notifications
from enquiries.people import find_or_create_contact, is_mobile, normalise_email, to_e164
from enquiries.references import new_reference
from enquiries.routing import route
from enquiries.tasks import enqueue_after_commit

DEFAULT_RESPONSE_DAYS = 5


def receive(data: dict, language: str, token, contact=None, source="the website") -> Enquiry:
    """`data` is a cleaned EnquiryForm; `token` identifies this one filling-in of the form.
    An enquiry raised by staff (from a call, say) passes the contact it belongs to."""
    existing = Enquiry.objects.filter(submission_token=token).first()
    if existing:
        return existing
    try:
        return _create(data, language, token, contact, source)
    except IntegrityError:
        existing = Enquiry.objects.filter(submission_token=token).first()
        if existing:  # the same form arrived twice at once
            return existing
        raise


@transaction.atomic
def _create(data, language, token, contact, source):
    phone = data.get("phone_parsed")
    if contact is None:
        contact = find_or_create_contact(
            first_name=data["first_name"], last_name=data["last_name"], language=language,
            email=data.get("email", ""), phone=phone,
        )
    decision = route(data.get("local_authority"), data.get("agency"))
    days = decision.region.first_response_days if decision.region else DEFAULT_RESPONSE_DAYS
    enquiry = Enquiry(
        submission_token=token, contact=contact, language=language,
        first_name=data.get("first_name", contact.first_name),
        last_name=data.get("last_name", contact.last_name),
        interest=data["interest"], household=data.get("household", ""),
        contact_method=data["contact_method"], wants_sms=data.get("wants_sms", False),
        local_authority=data.get("local_authority"), postcode=data.get("postcode", ""),
        heard_about=data.get("heard_about", ""), campaign_code=data.get("campaign_code", ""),
        campaign_source=data.get("campaign_source", ""),
        campaign_medium=data.get("campaign_medium", ""),
        message=data.get("message", ""),
        privacy_notice_version=settings.PORTAL_PRIVACY_NOTICE_VERSION,
        region=decision.region, agency=decision.agency, route=decision.route,
        routing_reason=decision.reason,
        first_response_due=add_working_days(timezone.localdate(), days),
    )
    _save_with_unique_reference(enquiry)
    EnquiryEvent.objects.bulk_create([
        EnquiryEvent(enquiry=enquiry, kind="received",
                     text=f"Received through {source} in {language}."),
        EnquiryEvent(enquiry=enquiry, kind="routed", text=decision.reason),
    ])
    mobile = to_e164(phone) if phone and is_mobile(phone) else ""
    email = contact_email(data) or _first(contact.emails.values_list("address", flat=True))
    enqueue_after_commit(plan_notifications(enquiry, email, mobile))
    return enquiry


def contact_email(data):
    return normalise_email(data["email"]) if data.get("email") else ""


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

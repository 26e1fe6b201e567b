"""What an enquirer is told happens next: the pack of the service the enquiry was routed to and
that service's steps (directory.packs), after the promise of a first reply by a date. Read by
the thank-you page and the confirmation messages (docs/information-pack.md)."""

from django.utils import timezone

from directory.models import NextStep
from directory.working_days import working_days_between
from enquiries.models import Enquiry
from enquiries.models.enquiry import INFORMATION_PACK


def service_of(enquiry: Enquiry):
    """The region or agency that answers the enquiry; None for the national team."""
    return enquiry.agency or enquiry.region


def pack_of(enquiry: Enquiry, language: str):
    service = service_of(enquiry)
    return service.pack_for(language) if service else None


def promised_days(enquiry: Enquiry) -> int:
    """The working days the first reply was promised in, counted from the day it arrived."""
    arrived = timezone.localdate(enquiry.created_at)
    return working_days_between(arrived, enquiry.first_response_due)


def context(enquiry: Enquiry, language: str) -> dict:
    """For a template: the pack (in `language` if there is one), the steps, the promise."""
    return {
        "service": service_of(enquiry),
        "pack": pack_of(enquiry, language),
        "asked_for_pack": enquiry.interest == INFORMATION_PACK,
        "promised_days": promised_days(enquiry),
        "language": language,
    }


def timeline(enquiry: Enquiry) -> list[NextStep]:
    return NextStep.objects.for_service(service_of(enquiry))

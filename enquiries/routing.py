"""Where an enquiry goes, and why. Routing reads data (council coverage, agencies), never
names a council or region in code; every decision carries its reason, which is stored
(enquiries.reasons)."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from directory.models import Agency, LocalAuthority, Region
from enquiries import reasons


@dataclass(frozen=True)
class Decision:
    route: str  # one of Enquiry.ROUTES
    region: Region | None
    agency: Agency | None
    why: dict  # the reason as enquiries.reasons stores it, to show in the reader's language

    @property
    def reason(self) -> str:
        """The reason in English, as stored beside the code."""
        return reasons.in_english(self.why)


def route(local_authority: LocalAuthority | None, agency: Agency | None = None,
          day: datetime.date | None = None) -> Decision:
    """Council -> its region on that day; a chosen voluntary agency receives the enquiry instead
    (the council's region is still recorded for reporting); no council -> the national team."""
    region = local_authority.region_on(day) if local_authority else None
    if agency is not None and agency.accepts_enquiries:
        if region:
            return Decision("agency", region, agency, reasons.why(
                "agency-in-region", agency=reasons.names(agency),
                council=reasons.names(local_authority), region=reasons.names(region)))
        return Decision("agency", region, agency,
                        reasons.why("agency", agency=reasons.names(agency)))
    if local_authority is None:
        return Decision("outside-wales", None, None, reasons.why("outside-wales"))
    if region is None:
        return Decision("council", None, None, reasons.why(
            "no-region", council=reasons.names(local_authority),
            day=(day or timezone.localdate()).isoformat()))
    return Decision("council", region, None, reasons.why(
        "council", council=reasons.names(local_authority), gss=local_authority.gss_code,
        region=reasons.names(region)))


def route_event(region: Region | None, agency: Agency | None) -> Decision:
    """Someone booked a place on an event: the demand belongs to whoever runs it (a voluntary
    agency that takes enquiries, else the event's region; neither -> the national team)."""
    agency = agency if agency is not None and agency.accepts_enquiries else None
    organiser = agency or region
    if organiser is None:
        return Decision("event", None, None, reasons.why("event-national"))
    return Decision("event", region, agency,
                    reasons.why("event", organiser=reasons.names(organiser)))

"""Where an enquiry goes, and why. Routing reads data (council coverage, agencies), never
names a council or region in code; every decision carries its reason, which is stored."""

import datetime
from dataclasses import dataclass

from directory.models import Agency, LocalAuthority, Region


@dataclass(frozen=True)
class Decision:
    route: str  # one of Enquiry.ROUTES
    region: Region | None
    agency: Agency | None
    reason: str


def route(local_authority: LocalAuthority | None, agency: Agency | None = None,
          day: datetime.date | None = None) -> Decision:
    """Council -> its region on that day; a chosen voluntary agency receives the enquiry instead
    (the council's region is still recorded for reporting); no council -> the national team."""
    region = local_authority.region_on(day) if local_authority else None
    if agency is not None and agency.accepts_enquiries:
        where = f"; {local_authority.name_en} is served by {region.name_en}" if region else ""
        return Decision("agency", region, agency,
                        f"The enquirer chose {agency.name_en}{where}.")
    if local_authority is None:
        return Decision("outside-wales", None, None,
                        "Lives outside Wales and asked to be contacted: national team.")
    if region is None:
        return Decision("council", None, None,
                        f"No region serves {local_authority.name_en} on {day or 'today'}: "
                        "national team.")
    return Decision("council", region, None,
                    f"{local_authority.name_en} ({local_authority.gss_code}) is served by "
                    f"{region.name_en}.")

"""People for tests, and the reference data they are routed by. Regions, councils and agencies
come from the data migrations (they are not demo content); contacts and enquiries are new."""

import uuid

from directory.models import Agency, LocalAuthority, Region
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Contact
from enquiries.people import parse_phone

# A council in each region (GSS codes), so a test can send an enquiry to a region.
COUNCIL_IN = {"north-wales": "W06000002", "mid-west-wales": "W06000008",
              "western-bay": "W06000011", "vale-valleys-cardiff": "W06000015",
              "south-east-wales": "W06000018"}
CARDIFF = COUNCIL_IN["vale-valleys-cardiff"]


def region(slug):
    return Region.objects.get(slug=slug)


def agency(slug):
    return Agency.objects.get(slug=slug)


def council(gss_code):
    return LocalAuthority.objects.get(gss_code=gss_code)


def contact(first_name="Elin", last_name="Ŷr", language="cy", phone="", email="",
            mobile=True):
    """A person as staff would add one; `phone` in E.164."""
    person = Contact.objects.create(first_name=first_name, last_name=last_name,
                                    preferred_language=language)
    if phone:
        person.phones.create(number=phone, is_mobile=mobile)
    if email:
        person.emails.create(address=email)
    return person


def enquiry(region_slug=None, council_code=CARDIFF, language="cy", first_name="Dafydd",
            last_name="ap Gwilym", email=None, phone="", **fields):
    """An enquiry through intake, as the public form sends one: routed, with its contact found
    or made and its notifications planned. It comes from a council in `region_slug` if given,
    else from `council_code` (None: from outside Wales). The email is unique unless given (or
    ""), so each call makes a new contact; `fields` are any other NewEnquiry fields."""
    gss_code = COUNCIL_IN[region_slug] if region_slug else council_code
    defaults = {"interest": "adopting", "household": "single", "contact_method": "email"}
    return receive(NewEnquiry(
        first_name=first_name, last_name=last_name, language=language,
        email=f"{uuid.uuid4().hex[:8]}@example.org" if email is None else email,
        phone=parse_phone(phone) if phone else None,
        local_authority=council(gss_code) if gss_code else None, **{**defaults, **fields}))

"""Finding people and enquiries from what a member of staff types into one search box: a name
(accents and case ignored: "sian" finds Siân), an enquiry reference with or without its dashes
("acjsn993hb" finds AC-JSN9-93HB), an email address, or a phone number in any format
(07400 765432, +44 7400 765432, 447400765432). Callers pass querysets already inside the
user's wall (enquiries.access), so a search never reaches past it."""

import re

from django.db.models import Q

from enquiries.models import Contact
from enquiries.models.contacts import fold
from enquiries.people import normalise_email, parse_phone, to_e164
from enquiries.references import ALPHABET, LENGTH

MAX_WORDS = 4


def reference(query: str) -> str | None:
    """The enquiry reference the query spells, however it was typed, or None."""
    bare = re.sub(r"[^0-9A-Z]", "", query.upper())
    if bare.startswith("AC") and len(bare) == LENGTH + 2:
        bare = bare[2:]
    if len(bare) != LENGTH or any(ch not in ALPHABET for ch in bare):
        return None
    return f"AC-{bare[:4]}-{bare[4:]}"


def phone(query: str) -> str | None:
    """The E.164 number the query spells (national, international, or digits with the country
    code but no +), or None."""
    digits = re.sub(r"\D", "", query)
    if len(digits) < 7 or re.search(r"[^\d\s()+.\-]", query):
        return None
    parsed = parse_phone(query) or (parse_phone("+" + digits)
                                    if not query.strip().startswith("+") else None)
    return to_e164(parsed) if parsed else None


def contact_match(query: str) -> Q:
    """Contacts whose name, email or phone the query gives (no reference: see `contacts`)."""
    query = query.strip()
    match = Q(pk__in=[])
    if "@" in query:
        match |= Q(pk__in=Contact.objects.filter(
            emails__address=normalise_email(query)).values("pk"))
    number = phone(query)
    if number:
        match |= Q(pk__in=Contact.objects.filter(phones__number=number).values("pk"))
    words = fold(query).split()[:MAX_WORDS]
    if words and not number and "@" not in query:
        name = Q()
        for word in words:
            name &= Q(folded_name__contains=word)
        match |= name
    return match


def enquiries(queryset, query: str):
    """The enquiries of `queryset` the query finds: by reference, or by their person."""
    match = Q(contact__in=Contact.objects.filter(contact_match(query)).values("pk"))
    ref = reference(query)
    if ref:
        match |= Q(reference=ref)
    return queryset.filter(match)


def contacts(queryset, query: str, enquiries_seen=None):
    """The contacts of `queryset` the query finds, including through a reference of one of
    `enquiries_seen` (the enquiries the user may see), never through anyone else's."""
    match = contact_match(query)
    ref = reference(query)
    if ref and enquiries_seen is not None:
        match |= Q(pk__in=enquiries_seen.filter(reference=ref).values("contact_id"))
    return queryset.filter(match)

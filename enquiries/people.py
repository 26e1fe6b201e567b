"""Finding the one Contact for a person: their name with a normalised email or phone."""

import unicodedata

import phonenumbers
from django.db import IntegrityError, transaction

from enquiries.models import Contact, ContactEmail, ContactPhone, PossibleMatch
from enquiries.models.contacts import fold

DEFAULT_REGION = "GB"


def normalise_email(address: str) -> str:
    """Trimmed, NFC, lower case: how the address is stored and matched."""
    return unicodedata.normalize("NFC", address.strip()).lower()


def parse_phone(number: str) -> phonenumbers.PhoneNumber | None:
    """A valid number (UK by default, or international with +), or None."""
    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def to_e164(parsed: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def is_mobile(parsed: phonenumbers.PhoneNumber) -> bool:
    kind = phonenumbers.number_type(parsed)
    return kind in (phonenumbers.PhoneNumberType.MOBILE,
                    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def same_person(contact: Contact, first_name: str, last_name: str) -> bool:
    return (fold(contact.first_name), fold(contact.last_name)) == (fold(first_name),
                                                                    fold(last_name))


def _survivor(contact):
    while contact.merged_into_id:
        contact = contact.merged_into
    return contact


def sharing(email: str = "", phone_e164: str = "") -> list[tuple[Contact, str]]:
    """Every (surviving) contact holding this email or phone, with what they share."""
    found = {}
    if email:
        for c in Contact.objects.filter(emails__address=normalise_email(email)):
            found.setdefault(_survivor(c), "email")
    if phone_e164:
        for c in Contact.objects.filter(phones__number=phone_e164):
            found.setdefault(_survivor(c), "phone")
    return sorted(found.items(), key=lambda item: item[0].pk)


def find_caller(phone_e164: str) -> Contact | None:
    """The contact a caller's number belongs to, when it belongs to exactly one person (a
    household phone shared by two is left for the agent to choose)."""
    people = sharing(phone_e164=phone_e164)
    return people[0][0] if len(people) == 1 else None


def find_or_create_contact(*, first_name, last_name, language, email="", phone=None,
                           among=None):
    """A returning person is matched on their name together with their email or phone.
    Someone else with the same email or phone (a partner, a parent) is a new contact, linked to
    the other as a possible match for staff to review.

    `among` limits who may be matched (the staff member's wall): a person outside it is never
    attached to, shown or changed; a new contact is made and the match is flagged instead."""
    email = normalise_email(email) if email else ""
    phone_e164 = to_e164(phone) if phone else ""
    others = sharing(email, phone_e164)
    allowed = {c.pk for c in among.filter(pk__in=[c.pk for c, _ in others])} if (
        among is not None) else {c.pk for c, _ in others}
    contact = next((c for c, _ in others
                    if c.pk in allowed and same_person(c, first_name, last_name)), None)
    if contact is None:
        contact = Contact.objects.create(first_name=first_name, last_name=last_name,
                                         preferred_language=language)
        PossibleMatch.objects.bulk_create(
            [PossibleMatch(new=contact, existing=other, shared=shared)
             for other, shared in others], ignore_conflicts=True)
    elif contact.preferred_language != language:
        contact.preferred_language = language
        contact.save(update_fields=["preferred_language", "updated_at"])
    if email:
        _attach(ContactEmail, contact, address=email)
    if phone_e164:
        _attach(ContactPhone, contact, number=phone_e164, is_mobile=is_mobile(phone))
    return contact


def _attach(model, contact, **fields):
    key = next(iter(fields))
    if model.objects.filter(contact=contact, **{key: fields[key]}).exists():
        return
    try:
        with transaction.atomic():
            model.objects.create(contact=contact, **fields)
    except IntegrityError:
        pass  # added concurrently by another request

"""Finding the one Contact for a person: by normalised email or phone, never a duplicate."""

import unicodedata

import phonenumbers
from django.db import IntegrityError, transaction

from enquiries.models import Contact, ContactEmail, ContactPhone

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


def find_contact(email: str = "", phone_e164: str = "") -> Contact | None:
    """The existing contact with this email or phone, following merges to the survivor."""
    contact = None
    if email:
        contact = Contact.objects.filter(emails__address=normalise_email(email)).first()
    if contact is None and phone_e164:
        contact = Contact.objects.filter(phones__number=phone_e164).first()
    while contact is not None and contact.merged_into_id:
        contact = contact.merged_into
    return contact


def find_or_create_contact(*, first_name, last_name, language, email="", phone=None):
    """Match a returning person by email or phone; otherwise create them. Details they give
    that we did not have (a new phone, say) are added to the same record."""
    email = normalise_email(email) if email else ""
    phone_e164 = to_e164(phone) if phone else ""
    contact = find_contact(email, phone_e164)
    if contact is None:
        contact = Contact.objects.create(first_name=first_name, last_name=last_name,
                                         preferred_language=language)
    else:
        contact.preferred_language = language
        contact.save(update_fields=["preferred_language", "updated_at"])
    if email:
        _attach(ContactEmail, contact, address=email)
    if phone_e164:
        _attach(ContactPhone, contact, number=phone_e164, is_mobile=is_mobile(phone))
    return contact


def _attach(model, contact, **fields):
    key = next(iter(fields))
    if model.objects.filter(**{key: fields[key]}).exists():
        return  # already on this contact or another one; never moved silently
    try:
        with transaction.atomic():
            model.objects.create(contact=contact, **fields)
    except IntegrityError:
        pass  # created concurrently by another request

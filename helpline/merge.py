"""Merging a duplicate contact into the one that survives: everything the duplicate had moves
across in one transaction, and the duplicate keeps a pointer to the survivor."""

from django.db import transaction

from enquiries.models import Contact
from helpline.models import Callback, Interaction


def merge_preview(duplicate: Contact, survivor: Contact) -> dict:
    """What a merge would move, for staff to check before confirming."""
    return {
        "emails": list(duplicate.emails.values_list("address", flat=True)),
        "phones": list(duplicate.phones.values_list("number", flat=True)),
        "enquiries": list(duplicate.enquiries.values_list("reference", flat=True)),
        "interactions": Interaction.objects.filter(contact=duplicate).count(),
        "callbacks": Callback.objects.filter(contact=duplicate).count(),
    }


@transaction.atomic
def merge_contacts(duplicate: Contact, survivor: Contact) -> dict:
    if duplicate.pk == survivor.pk:
        raise ValueError("A contact cannot be merged into itself.")
    # Lock both rows in a fixed order so two merges of the same pair cannot interleave.
    locked = {c.pk: c for c in Contact.objects.select_for_update().filter(
        pk__in=[duplicate.pk, survivor.pk]).order_by("pk")}
    duplicate, survivor = locked[duplicate.pk], locked[survivor.pk]
    if duplicate.merged_into_id or survivor.merged_into_id:
        raise ValueError("One of these contacts has already been merged.")
    moved = merge_preview(duplicate, survivor)
    duplicate.emails.update(contact=survivor)
    duplicate.phones.update(contact=survivor)
    duplicate.enquiries.update(contact=survivor)
    Interaction.objects.filter(contact=duplicate).update(contact=survivor)
    Callback.objects.filter(contact=duplicate).update(contact=survivor)
    duplicate.merged_into = survivor
    duplicate.save(update_fields=["merged_into", "updated_at"])
    return moved

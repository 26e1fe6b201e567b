"""Merging a duplicate contact into the one that survives. Only what the merging user may see
moves: their enquiries, calls and callbacks. The duplicate's emails and phones are copied to
the survivor. The duplicate points to the survivor only when nothing of it is left outside the
user's wall; otherwise it stays as it was for the other region, which the merge never changes."""

from django.db import transaction

from enquiries import access
from enquiries.models import Contact, ContactEmail, ContactPhone
from helpline.models import Callback, Interaction


def _movable(duplicate, user):
    return {
        "enquiries": access.enquiries(user).filter(contact=duplicate),
        "interactions": access.records(Interaction.objects.filter(contact=duplicate), user,
                                       "helpline.view_interaction"),
        "callbacks": access.records(Callback.objects.filter(contact=duplicate), user,
                                    "helpline.view_callback"),
    }


def merge_preview(duplicate: Contact, survivor: Contact, user) -> dict:
    """What a merge by this user would move, for them to check before confirming."""
    movable = _movable(duplicate, user)
    return {
        "emails": list(duplicate.emails.values_list("address", flat=True)),
        "phones": list(duplicate.phones.values_list("number", flat=True)),
        "enquiries": list(movable["enquiries"].values_list("reference", flat=True)),
        "interactions": movable["interactions"].count(),
        "callbacks": movable["callbacks"].count(),
    }


@transaction.atomic
def merge_contacts(duplicate: Contact, survivor: Contact, user) -> dict:
    if duplicate.pk == survivor.pk:
        raise ValueError("A contact cannot be merged into itself.")
    # Lock both rows in a fixed order so two merges of the same pair cannot interleave.
    locked = {c.pk: c for c in Contact.objects.select_for_update().filter(
        pk__in=[duplicate.pk, survivor.pk]).order_by("pk")}
    duplicate, survivor = locked[duplicate.pk], locked[survivor.pk]
    if duplicate.merged_into_id or survivor.merged_into_id:
        raise ValueError("One of these contacts has already been merged.")
    moved = merge_preview(duplicate, survivor, user)
    for address in moved["emails"]:
        ContactEmail.objects.get_or_create(contact=survivor, address=address)
    for phone in duplicate.phones.all():
        ContactPhone.objects.get_or_create(contact=survivor, number=phone.number,
                                           defaults={"is_mobile": phone.is_mobile})
    movable = _movable(duplicate, user)
    for records in movable.values():
        records.model.objects.filter(pk__in=list(records.values_list("pk", flat=True))).update(
            contact=survivor)
    left_behind = (duplicate.enquiries.exists() or Interaction.objects.filter(
        contact=duplicate).exists() or Callback.objects.filter(contact=duplicate).exists())
    if not left_behind:
        duplicate.merged_into = survivor
        duplicate.save(update_fields=["merged_into", "updated_at"])
    return moved

"""The region wall for helpline records. National staff see everything; regional staff see
the calls and callbacks of their region, and the contacts who have an enquiry or a call there.
Anything else answers 404."""

from django.db.models import Q

from enquiries.models import Contact
from enquiries.staff.access import staff_region
from helpline.models import Callback, Interaction


def visible_contacts(user):
    is_staff_member, region = staff_region(user)
    if not is_staff_member:
        return Contact.objects.none()
    contacts = Contact.objects.all()
    if region is None:
        return contacts
    return contacts.filter(Q(enquiries__region=region) | Q(interactions__region=region)).distinct()


def visible_interactions(user):
    return _walled(Interaction.objects.select_related("contact", "outcome", "agent"), user)


def visible_callbacks(user):
    return _walled(Callback.objects.select_related("contact", "assigned_to"), user)


def _walled(queryset, user):
    is_staff_member, region = staff_region(user)
    if not is_staff_member:
        return queryset.none()
    return queryset if region is None else queryset.filter(region=region)

"""The region wall and the audit trail for staff screens.

A regional user sees only their region's records; anything else answers 404, so that a record's
existence is not revealed. National staff (no region on their profile) see every region."""

from enquiries.models import AuditEntry, Enquiry, StaffProfile


def staff_region(user):
    """(is_staff_member, region or None for national)."""
    if not user.is_authenticated:
        return False, None
    if user.is_superuser:
        return True, None
    profile = StaffProfile.objects.filter(user=user).select_related("region").first()
    return (profile is not None), (profile.region if profile else None)


def visible_enquiries(user):
    is_staff_member, region = staff_region(user)
    if not is_staff_member:
        return Enquiry.objects.none()
    enquiries = Enquiry.objects.select_related("contact", "region", "agency", "local_authority")
    return enquiries if region is None else enquiries.filter(region=region)


def audit(request, action, *objects):
    """One audit entry per object, written in a single query."""
    path = request.get_full_path()[:300]
    AuditEntry.objects.bulk_create(
        AuditEntry(user=request.user, action=action, object_type=obj._meta.model_name,
                   object_id=str(obj.pk), path=path)
        for obj in objects
    )

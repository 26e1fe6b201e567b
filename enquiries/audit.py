"""Writing the audit trail: one entry per record a staff member saw or changed, one per search
(with its number of hits), one per change to who may see what."""

from enquiries.models import AuditEntry, Contact


def _entry(user, action, *, object_type, object_id="", contact_id=None, hits=None, detail="",
           path=""):
    return AuditEntry(user_id=user.pk if user else None,
                      actor=user.get_username() if user else "system", action=action,
                      object_type=object_type, object_id=str(object_id), contact_id=contact_id,
                      hits=hits, detail=detail[:300], path=path[:300])


def audit(request, action, *objects, detail=""):
    """One entry per object, written in a single query."""
    path = request.get_full_path()
    AuditEntry.objects.bulk_create(
        _entry(request.user, action, object_type=obj._meta.model_name, object_id=obj.pk,
               contact_id=obj.pk if isinstance(obj, Contact) else getattr(obj, "contact_id", None),
               detail=detail, path=path)
        for obj in objects
    )


def audit_search(request, what, query, hits):
    """A search is recorded with what was asked and how many records it found, even none."""
    _entry(request.user, "search", object_type=what, hits=hits, detail=query,
           path=request.get_full_path()).save()


def audit_job(user, action, object_type, count, detail):
    """A background job's work on people's records (the retention schedule): who ran it, or
    "system", and how many records it touched."""
    _entry(user, action, object_type=object_type, hits=count, detail=detail).save()


def audit_change(actor, action, obj, detail=""):
    """A change to a user's access (groups, profile, superuser, MFA), by whoever made it."""
    _entry(actor, action, object_type=obj._meta.model_name, object_id=obj.pk,
           detail=detail).save()

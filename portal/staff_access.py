"""Declaring, and checking, the permission a staff view needs.

The policy that answers "may this user use this permission?" is the STAFF_ACCESS_POLICY
setting (`enquiries.access.may`), so that apps below or beside enquiries (cms) can declare
staff views without importing it, as they add staff menu items (`portal.staff_menu`)."""

from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.utils.module_loading import import_string


def staff_view(get: str | tuple | None = None, post: str | tuple | None = None):
    """Declare, and check, the permission a staff view needs for GET and for POST (None: that
    method is not allowed; a tuple: any one of those permissions). The permission matrix test
    reads `view.access`, so a staff URL whose view does not declare it fails the suite."""
    def decorate(view):
        @wraps(view)
        def checked(request, *args, **kwargs):
            needed = {"GET": get, "HEAD": get, "POST": post}.get(request.method)
            if needed is None:
                return HttpResponseNotAllowed([m for m, p in (("GET", get), ("POST", post)) if p])
            may = import_string(settings.STAFF_ACCESS_POLICY)
            if not any(may(request.user, one) for one in
                       (needed if isinstance(needed, tuple) else (needed,))):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        checked.access = {"GET": get, "POST": post}
        return checked

    return decorate

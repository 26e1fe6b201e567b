"""The admin menu's Enquiries item says how many are new and how many overdue, counting only
the user's wall, in one query per request."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.ui.sidebar import LinkMenuItem

from enquiries import access
from enquiries.staff.queue import overdue_on
from portal.staff_menu import StaffMenuItem


def counts(request):
    """{"new": n, "overdue": n} inside the user's wall, cached on the request."""
    cached = getattr(request, "_enquiry_counts", None)
    if cached is None:
        cached = access.enquiries(request.user).order_by().aggregate(
            new=Count("pk", filter=Q(status="new")),
            overdue=Count("pk", filter=overdue_on(timezone.localdate())))
        request._enquiry_counts = cached
    return cached


class EnquiriesMenuItem(StaffMenuItem):
    def render_component(self, request):
        found = {"label": str(self.label), **counts(request)}
        # Overdue first: the sidebar cuts a long label short.
        if found["overdue"] and found["new"]:
            label = _("%(label)s (%(overdue)d overdue, %(new)d new)") % found
        elif found["overdue"]:
            label = _("%(label)s (%(overdue)d overdue)") % found
        elif found["new"]:
            label = _("%(label)s (%(new)d new)") % found
        else:
            label = found["label"]
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name,
                            classname=self.classname, attrs=self.attrs)

"""Bulk actions from the enquiry queue: assign to a colleague, record a first response, change
the status. Every ticked id is looked up again inside the user's wall with change permission;
an id outside it is not changed (and not revealed). Each enquiry changed is audited."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from enquiries import access, reasons
from enquiries.audit import audit
from enquiries.models import EnquiryEvent
from enquiries.staff.forms import BulkForm
from enquiries.staff.views import record_first_response, set_status

CHANGE = "enquiries.change_enquiry"
MAX_IDS = 500


def _assign(request, enquiry, data):
    assignee = data["assignee"]
    if enquiry.assigned_to_id == (assignee.pk if assignee else None):
        return False
    enquiry.assigned_to = assignee
    enquiry.save(update_fields=["assigned_to"])
    why = (reasons.why("assigned", name=assignee.get_full_name() or assignee.email)
           if assignee else reasons.why("unassigned"))
    EnquiryEvent.objects.create(enquiry=enquiry, kind="note", user=request.user, why=why,
                                text=reasons.in_english(why))
    return True


def _first_response(request, enquiry, data):
    return record_first_response(request, enquiry)


def _status(request, enquiry, data):
    if enquiry.status == data["status"]:
        return False
    set_status(request, enquiry, data["status"], data["closed_reason"])
    return True


ACTIONS = {"assign": _assign, "first-response": _first_response, "status": _status}


@access.staff_view(post=CHANGE)
def bulk_action(request):
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    form = BulkForm(request.user, request.POST)
    ids = [pk for pk in request.POST.getlist("id") if pk.isdigit()][:MAX_IDS]
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect(back or "enquiries_staff:list")
    if not ids:
        messages.warning(request, _("Tick the enquiries to change first."))
        return redirect(back or "enquiries_staff:list")
    act = ACTIONS[form.cleaned_data["action"]]
    with transaction.atomic():
        walled = access.enquiries(request.user, CHANGE).select_for_update(of=("self",))
        changed = [enquiry for enquiry in walled.filter(pk__in=ids).order_by("pk")
                   if act(request, enquiry, form.cleaned_data)]
        audit(request, f"bulk-{form.cleaned_data['action']}", *changed)
    messages.success(request, ngettext("%(count)d enquiry changed.",
                                       "%(count)d enquiries changed.", len(changed))
                     % {"count": len(changed)})
    return redirect(back or "enquiries_staff:list")

"""Staff screens in the Wagtail admin: an enquiry with its contact's timeline, and the actions
staff take on it (the queue and its export: enquiries.staff.queue; bulk actions:
enquiries.staff.bulk). Every view of personal data is audited."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from enquiries import access, reasons
from enquiries.audit import audit
from enquiries.models import EnquiryEvent
from enquiries.staff.forms import NoteForm, ReassignForm, StatusForm
from enquiries.tasks import retry

VIEW, CHANGE = "enquiries.view_enquiry", "enquiries.change_enquiry"
MOVE = "enquiries.move_enquiry"


@access.staff_view(get=VIEW)
def enquiry_detail(request, pk):
    enquiry = get_object_or_404(access.enquiries(request.user), pk=pk)
    audit(request, "view", enquiry, enquiry.contact)
    timeline = (EnquiryEvent.objects
                .filter(enquiry__in=access.enquiries(request.user).filter(contact=enquiry.contact))
                .select_related("enquiry", "user"))
    may_change = access.may(request.user, CHANGE)
    may_move = may_change and access.may(request.user, MOVE) and access.scope(
        request.user).national
    return render(request, "enquiries/staff/detail.html", {
        "enquiry": enquiry, "timeline": timeline, "today": timezone.localdate(),
        "notifications": enquiry.notifications.all(), "may_change": may_change,
        "status_form": StatusForm(initial={"status": enquiry.status}),
        "note_form": NoteForm(), "reassign_form": ReassignForm() if may_move else None,
    })


def _acting_on(handler, action, national_only=False):
    """A POST that changes one enquiry: locked, inside the wall, audited when it took effect.
    `national_only` acts cross walls (moving an enquiry): national staff only."""
    def act(request, pk):
        if national_only:
            access.require_national(request.user, MOVE)
        with transaction.atomic():
            locked = access.enquiries(request.user, CHANGE).select_for_update(of=("self",))
            enquiry = get_object_or_404(locked, pk=pk)
            ok = handler(request, enquiry)
        if ok:
            audit(request, action, enquiry)
        return redirect("enquiries_staff:detail", pk=enquiry.pk)

    act.__name__ = act.__qualname__ = f"enquiry_{action.replace('-', '_')}"
    act.__module__ = __name__
    return act


def _change_status(request, enquiry):
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return False
    set_status(request, enquiry, form.cleaned_data["status"], form.cleaned_data["closed_reason"])
    return True


def set_status(request, enquiry, status, closed_reason=""):
    """A new status, recorded in the enquiry's history; leaving "new" is a first response."""
    old = reasons.in_both(enquiry.get_status_display)
    enquiry.status, enquiry.closed_reason = status, closed_reason
    if enquiry.status != "new" and enquiry.first_responded_at is None:
        enquiry.first_responded_at = timezone.now()
        _event(request, enquiry, "first-response", why=reasons.why("first-response"))
    enquiry.save()
    new = reasons.in_both(enquiry.get_status_display)
    _event(request, enquiry, "status", why=reasons.why(
        "status-closed", old=old, new=new, reason=closed_reason) if closed_reason
        else reasons.why("status", old=old, new=new))


def _add_note(request, enquiry):
    form = NoteForm(request.POST)
    if form.is_valid():
        _event(request, enquiry, "note", form.cleaned_data["text"])
    return form.is_valid()


def _first_response(request, enquiry):
    record_first_response(request, enquiry)
    return True


def record_first_response(request, enquiry):
    """Once only: True when this call recorded it."""
    if enquiry.first_responded_at is not None:
        return False
    enquiry.first_responded_at = timezone.now()
    enquiry.save(update_fields=["first_responded_at"])
    _event(request, enquiry, "first-response", why=reasons.why("first-response"))
    return True


def _reassign(request, enquiry):
    form = ReassignForm(request.POST)
    if not form.is_valid():
        return False
    old = enquiry.region
    enquiry.region, enquiry.route = form.cleaned_data["region"], "reassigned"
    note, new = form.cleaned_data["reason"], reasons.names(enquiry.region)
    enquiry.routing_why = (reasons.why("moved", old=reasons.names(old), new=new, note=note)
                           if old else reasons.why("moved-from-national", new=new, note=note))
    enquiry.routing_reason = reasons.in_english(enquiry.routing_why)
    enquiry.save(update_fields=["region", "route", "routing_reason", "routing_why"])
    _event(request, enquiry, "reassigned", why=enquiry.routing_why)
    return True


def _retry_notification(request, enquiry):
    notification = enquiry.notifications.exclude(status="sent").filter(
        pk=request.POST.get("notification")).first()
    if notification is None:
        return False
    retry(notification)
    _event(request, enquiry, "note", why=reasons.why(
        "resend", what=reasons.in_both(notification.get_purpose_display)))
    return True


change_status = access.staff_view(post=CHANGE)(_acting_on(_change_status, "status"))
add_note = access.staff_view(post=CHANGE)(_acting_on(_add_note, "note"))
first_response = access.staff_view(post=CHANGE)(_acting_on(_first_response, "first-response"))
reassign = access.staff_view(post=MOVE)(_acting_on(_reassign, "reassign", national_only=True))
retry_notification = access.staff_view(post=CHANGE)(_acting_on(_retry_notification, "retry"))


def _event(request, enquiry, kind, text="", why=None):
    """A line of history: staff's own words (`text`), or a reason that each reader sees in
    their language, stored with its English for exports and the audit."""
    EnquiryEvent.objects.create(enquiry=enquiry, kind=kind, why=why or {}, user=request.user,
                                text=text or reasons.in_english(why))

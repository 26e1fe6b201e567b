"""Staff screens in the Wagtail admin: the enquiry list, an enquiry with its contact's timeline,
and the actions staff take on it. Every view of personal data is audited."""

import csv

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from enquiries import access, reasons
from enquiries.audit import audit
from enquiries.models import EnquiryEvent
from enquiries.staff.forms import FilterForm, NoteForm, ReassignForm, StatusForm
from enquiries.tasks import retry

PAGE_SIZE = 50
EXPORT_FIELDS = ["reference", "created_at", "status", "interest", "language", "region",
                 "agency", "local_authority", "first_response_due", "first_responded_at"]


VIEW, CHANGE = "enquiries.view_enquiry", "enquiries.change_enquiry"
EXPORT, MOVE = "enquiries.export_enquiry", "enquiries.move_enquiry"


@access.staff_view(get=VIEW)
def enquiry_list(request):
    filters = FilterForm(request.GET or None)
    today = timezone.localdate()
    enquiries = filters.apply(access.enquiries(request.user), today)
    page = Paginator(enquiries, PAGE_SIZE).get_page(request.GET.get("p"))
    audit(request, "list", *page)
    return render(request, "enquiries/staff/list.html", {
        "filters": filters, "page": page, "today": today,
        "region": access.scope(request.user).region,
        "may_export": access.may(request.user, EXPORT),
        "query": request.GET.urlencode(),
    })


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
    old = enquiry.get_status_display()
    enquiry.status = form.cleaned_data["status"]
    enquiry.closed_reason = form.cleaned_data["closed_reason"]
    if enquiry.status != "new" and enquiry.first_responded_at is None:
        enquiry.first_responded_at = timezone.now()
        _event(request, enquiry, "first-response", _("First response recorded."))
    enquiry.save()
    text = f"{old} → {enquiry.get_status_display()}"
    _event(request, enquiry, "status", f"{text}: {enquiry.closed_reason}"
           if enquiry.closed_reason else text)
    return True


def _add_note(request, enquiry):
    form = NoteForm(request.POST)
    if form.is_valid():
        _event(request, enquiry, "note", form.cleaned_data["text"])
    return form.is_valid()


def _first_response(request, enquiry):
    if enquiry.first_responded_at is None:
        enquiry.first_responded_at = timezone.now()
        enquiry.save(update_fields=["first_responded_at"])
        _event(request, enquiry, "first-response", _("First response recorded."))
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
    _event(request, enquiry, "reassigned", enquiry.routing_reason, why=enquiry.routing_why)
    return True


def _retry_notification(request, enquiry):
    notification = enquiry.notifications.exclude(status="sent").filter(
        pk=request.POST.get("notification")).first()
    if notification is None:
        return False
    retry(notification)
    _event(request, enquiry, "note", _("Asked to send “%(what)s” again.")
           % {"what": notification.get_purpose_display()})
    return True


change_status = access.staff_view(post=CHANGE)(_acting_on(_change_status, "status"))
add_note = access.staff_view(post=CHANGE)(_acting_on(_add_note, "note"))
first_response = access.staff_view(post=CHANGE)(_acting_on(_first_response, "first-response"))
reassign = access.staff_view(post=MOVE)(_acting_on(_reassign, "reassign", national_only=True))
retry_notification = access.staff_view(post=CHANGE)(_acting_on(_retry_notification, "retry"))


def _event(request, enquiry, kind, text, why=None):
    EnquiryEvent.objects.create(enquiry=enquiry, kind=kind, text=text, why=why or {},
                                user=request.user)


@access.staff_view(get=EXPORT)
def enquiry_export(request):
    filters = FilterForm(request.GET or None)
    enquiries = filters.apply(access.enquiries(request.user, EXPORT), timezone.localdate())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="enquiries.csv"'
    response.write("\ufeff")  # so spreadsheet programs read ŵ and ŷ as UTF-8
    writer = csv.writer(response)
    writer.writerow(EXPORT_FIELDS)
    enquiries = list(enquiries)
    audit(request, "export", *enquiries)
    for enquiry in enquiries:
        writer.writerow([_csv_value(getattr(enquiry, field)) for field in EXPORT_FIELDS])
    return response


def _csv_value(value):
    text = "" if value is None else str(getattr(value, "name_en", value))
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text  # no formula injection

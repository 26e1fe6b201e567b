"""Helpline staff screens: find a contact, see their one timeline, log a call, raise an
enquiry from it, and work the callback queue. Every view of personal data is audited."""

import uuid

from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from enquiries.intake import receive
from enquiries.people import find_or_create_contact, normalise_email, parse_phone, to_e164
from enquiries.staff.access import audit, staff_region
from helpline.merge import merge_contacts, merge_preview
from helpline.models import Interaction
from helpline.sms import send_to_contact
from helpline.staff.access import visible_callbacks, visible_contacts, visible_interactions
from helpline.staff.forms import (
    ContactSearchForm,
    LogInteractionForm,
    NewContactForm,
    RaiseEnquiryForm,
    SendSmsForm,
)
from helpline.staff.timeline import contact_timeline


def search(request):
    form = ContactSearchForm(request.GET or None)
    contacts = []
    if form.is_valid():
        contacts = list(find_contacts(request.user, form.cleaned_data["q"])[:50])
        audit(request, "search", *contacts)
    calls = visible_interactions(request.user).filter(kind__in=["call", "voicemail"])[:20]
    return render(request, "helpline/staff/search.html",
                  {"form": form, "contacts": contacts, "calls": calls})


def new_contact(request):
    """Create a contact for a caller we do not know yet (matching one we do), and link the
    call to them."""
    call = visible_interactions(request.user).filter(
        pk=request.GET.get("call") or request.POST.get("call"), contact__isnull=True).first()
    form = NewContactForm(request.POST or None,
                          initial={"phone": call.from_number if call else "",
                                   "language": call.language if call else "cy"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        contact = find_or_create_contact(
            first_name=data["first_name"], last_name=data["last_name"],
            language=data["language"], email=data["email"],
            phone=parse_phone(data["phone"]) if data["phone"] else None)
        if call:
            Interaction.objects.filter(pk=call.pk, contact__isnull=True).update(contact=contact)
        audit(request, "create", contact)
        return redirect("helpline_staff:contact", pk=contact.pk)
    return render(request, "helpline/staff/new_contact.html", {"form": form, "call": call})


def find_contacts(user, query):
    """By E.164 phone number, email, enquiry reference, or name."""
    query = query.strip()
    phone = parse_phone(query)
    match = Q(enquiries__reference=query.upper()) | Q(emails__address=normalise_email(query))
    if phone:
        match |= Q(phones__number=to_e164(phone))
    for word in query.split()[:3]:
        match |= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    return visible_contacts(user).filter(match, merged_into__isnull=True).distinct()


def contact_detail(request, pk):
    contact = get_object_or_404(visible_contacts(request.user), pk=pk)
    audit(request, "view", contact)
    return render(request, "helpline/staff/contact.html", {
        "contact": contact, "timeline": contact_timeline(contact, request.user),
        "log_form": LogInteractionForm(), "enquiry_form": RaiseEnquiryForm(),
        "sms_form": SendSmsForm(contact),
    })


@require_POST
def send_sms(request, pk):
    contact = get_object_or_404(visible_contacts(request.user), pk=pk)
    form = SendSmsForm(contact, request.POST)
    if form.is_valid():
        send_to_contact(contact, form.cleaned_data["template"], form.cleaned_data["phone"],
                        form.cleaned_data["language"], request.user,
                        region=staff_region(request.user)[1])
        audit(request, "send-sms", contact)
    return redirect("helpline_staff:contact", pk=contact.pk)


@require_POST
def log_interaction(request, pk):
    contact = get_object_or_404(visible_contacts(request.user), pk=pk)
    form = LogInteractionForm(request.POST)
    if form.is_valid():
        interaction = form.save(commit=False)
        interaction.contact, interaction.agent = contact, request.user
        interaction.region = staff_region(request.user)[1]
        interaction.status = "completed"
        interaction.save()
        audit(request, "log-call", contact)
    return redirect("helpline_staff:contact", pk=contact.pk)


@require_POST
def raise_enquiry(request, pk):
    contact = get_object_or_404(visible_contacts(request.user), pk=pk)
    form = RaiseEnquiryForm(request.POST)
    if form.is_valid():
        data = {**form.cleaned_data, "first_name": contact.first_name,
                "last_name": contact.last_name}
        enquiry = receive(data, data["language"], uuid.uuid4(), contact=contact,
                          source="a helpline call")
        audit(request, "raise-enquiry", enquiry)
    return redirect("helpline_staff:contact", pk=contact.pk)


def callbacks(request):
    queue = visible_callbacks(request.user).filter(completed_at__isnull=True).order_by("due_at")
    queue = list(queue)
    audit(request, "list", *queue)
    return render(request, "helpline/staff/callbacks.html",
                  {"queue": queue, "now": timezone.now()})


@require_POST
def complete_callback(request, pk):
    callback = get_object_or_404(visible_callbacks(request.user), pk=pk)
    callback.attempts += 1
    callback.result = request.POST.get("result", "")[:200]
    if request.POST.get("done"):
        callback.completed_at = timezone.now()
    callback.assigned_to = request.user
    callback.save()
    audit(request, "callback", callback)
    return redirect("helpline_staff:callbacks")


def merge(request, pk):
    """Preview (GET) and confirm (POST) merging this contact into another."""
    duplicate = get_object_or_404(visible_contacts(request.user), pk=pk,
                                  merged_into__isnull=True)
    survivor = get_object_or_404(visible_contacts(request.user), pk=request.GET.get("into") or
                                 request.POST.get("into"), merged_into__isnull=True)
    if duplicate.pk == survivor.pk:
        return redirect("helpline_staff:contact", pk=duplicate.pk)
    audit(request, "view", duplicate, survivor)
    if request.method == "POST":
        merge_contacts(duplicate, survivor)
        audit(request, f"merge-into-{survivor.pk}", duplicate)
        return redirect("helpline_staff:contact", pk=survivor.pk)
    return render(request, "helpline/staff/merge.html", {
        "duplicate": duplicate, "survivor": survivor,
        "moves": merge_preview(duplicate, survivor)})

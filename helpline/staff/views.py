"""Helpline staff screens: find a contact, see their one timeline, log a call, raise an
enquiry from it, and work the callback queue. Every view of personal data is audited, and
every record is found through the access policy (enquiries.access)."""


from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from enquiries import access, finding
from enquiries.audit import audit, audit_search
from enquiries.intake import receive
from enquiries.people import find_or_create_contact, parse_phone
from helpline.merge import merge_contacts, merge_preview
from helpline.models import Interaction
from helpline.sms import send_to_contact
from helpline.staff import live
from helpline.staff.forms import (
    ContactSearchForm,
    LogInteractionForm,
    NewContactForm,
    RaiseEnquiryForm,
    SendSmsForm,
)
from helpline.staff.matches import resolve, reviewable
from helpline.staff.timeline import callbacks as walled_callbacks
from helpline.staff.timeline import calls as walled_calls
from helpline.staff.timeline import contact_timeline

VIEW_CONTACT, ADD_CONTACT = "enquiries.view_contact", "enquiries.add_contact"
MERGE, RAISE = "enquiries.merge_contact", "enquiries.add_enquiry"
LOG, SMS = "helpline.add_interaction", "helpline.send_sms"
VIEW_CALLBACK, CHANGE_CALLBACK = "helpline.view_callback", "helpline.change_callback"


@access.staff_view(get=VIEW_CONTACT)
def search(request):
    form = ContactSearchForm(request.GET or None)
    contacts = []
    if form.is_valid():
        contacts = list(find_contacts(request.user, form.cleaned_data["q"])[:50])
        audit_search(request, "contact", form.cleaned_data["q"], len(contacts))
        audit(request, "search-result", *contacts)
    calls = live.recent_calls(request.user)
    my_call = live.answered_by(request.user)
    audit(request, "list", *calls, *([my_call] if my_call else []))
    return render(request, "helpline/staff/search.html",
                  {"form": form, "contacts": contacts, "calls": calls, "my_call": my_call,
                   "live_summary": live.live_summary(calls),
                   "may_see_calls": access.may(request.user, live.VIEW_CALLS),
                   "may_book": access.may(request.user, live.BOOK),
                   "may_merge": access.may(request.user, MERGE)})


def _unlinked_call(request):
    """The call a new contact is made for: inside the wall and not yet linked, or 404."""
    pk = request.GET.get("call") or request.POST.get("call")
    if not pk:
        return None
    calls = walled_calls(request.user).filter(contact__isnull=True)
    if not str(pk).isdigit():
        raise Http404
    return get_object_or_404(calls, pk=pk)


@access.staff_view(get=ADD_CONTACT, post=ADD_CONTACT)
def new_contact(request):
    """A contact for a caller we do not know yet. A person with the same details inside the
    user's wall is found again; anyone outside it is never touched (see enquiries.people)."""
    call = _unlinked_call(request)
    if call:
        audit(request, "view", call)
    form = NewContactForm(request.POST or None,
                          initial={"phone": call.from_number if call else "",
                                   "language": call.language if call else "cy"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        contact = find_or_create_contact(
            first_name=data["first_name"], last_name=data["last_name"],
            language=data["language"], email=data["email"],
            phone=parse_phone(data["phone"]) if data["phone"] else None,
            among=access.contacts(request.user))
        if call:
            Interaction.objects.filter(pk=call.pk, contact__isnull=True).update(contact=contact)
            walled_callbacks(request.user, CHANGE_CALLBACK).filter(  # its callback too
                interaction=call, contact__isnull=True).update(contact=contact)
        audit(request, "create-or-find", contact)
        return redirect("helpline_staff:contact", pk=contact.pk)
    return render(request, "helpline/staff/new_contact.html", {"form": form, "call": call})


def find_contacts(user, query):
    """By name, email, phone or enquiry reference (enquiries.finding): only people inside the
    wall, and a reference only through an enquiry the user may see."""
    return finding.contacts(access.contacts(user).filter(merged_into__isnull=True), query,
                            access.enquiries(user)).distinct()


def _contact(request, pk):
    return get_object_or_404(access.contacts(request.user), pk=pk)


@access.staff_view(get=VIEW_CONTACT)
def contact_detail(request, pk):
    contact = _contact(request, pk)
    audit(request, "view", contact)
    user = request.user
    return render(request, "helpline/staff/contact.html", {
        "contact": contact, "timeline": contact_timeline(contact, user),
        "log_form": LogInteractionForm() if access.may(user, LOG) else None,
        "enquiry_form": RaiseEnquiryForm() if access.may(user, RAISE) else None,
        "sms_form": SendSmsForm(contact) if access.may(user, SMS) else None,
        "may_merge": access.may(user, MERGE),
        "matches": [(m.existing if m.new_id == contact.pk else m.new, m.get_shared_display())
                    for m in reviewable(user).filter(Q(new=contact) | Q(existing=contact))]
        if access.may(user, MERGE) else [],
    })


@access.staff_view(post=SMS)
def send_sms(request, pk):
    contact = _contact(request, pk)
    form = SendSmsForm(contact, request.POST)
    if form.is_valid():
        send_to_contact(contact, form.cleaned_data["template"], form.cleaned_data["phone"],
                        form.cleaned_data["language"], request.user,
                        **access.where_records_go(request.user))
        audit(request, "send-sms", contact)
    return redirect("helpline_staff:contact", pk=contact.pk)


@access.staff_view(post=LOG)
def log_interaction(request, pk):
    contact = _contact(request, pk)
    form = LogInteractionForm(request.POST)
    if form.is_valid():
        interaction = form.save(commit=False)
        interaction.contact, interaction.agent = contact, request.user
        for field, value in access.where_records_go(request.user).items():
            setattr(interaction, field, value)
        interaction.status = "completed"
        interaction.save()
        audit(request, "log-call", contact)
    return redirect("helpline_staff:contact", pk=contact.pk)


@access.staff_view(post=RAISE)
def raise_enquiry(request, pk):
    contact = _contact(request, pk)
    form = RaiseEnquiryForm(request.POST)
    if form.is_valid():
        enquiry = receive(form.new_enquiry(contact))
        audit(request, "raise-enquiry", enquiry)
    return redirect("helpline_staff:contact", pk=contact.pk)


@access.staff_view(get=MERGE, post=MERGE)
def merge(request, pk):
    """Preview (GET) and confirm (POST) merging this contact into another. Only what the
    user may see moves (helpline.merge)."""
    walled = access.contacts(request.user, MERGE).filter(merged_into__isnull=True)
    duplicate = get_object_or_404(walled, pk=pk)
    into = request.GET.get("into") or request.POST.get("into") or ""
    if not into.isdigit():
        raise Http404
    survivor = get_object_or_404(walled, pk=into)
    if duplicate.pk == survivor.pk:
        return redirect("helpline_staff:contact", pk=duplicate.pk)
    audit(request, "view", duplicate, survivor)
    if request.method == "POST":
        merge_contacts(duplicate, survivor, request.user)
        resolve(duplicate, survivor)
        audit(request, "merge", duplicate, detail=f"into contact {survivor.pk}")
        return redirect("helpline_staff:contact", pk=survivor.pk)
    return render(request, "helpline/staff/merge.html", {
        "duplicate": duplicate, "survivor": survivor,
        "moves": merge_preview(duplicate, survivor, request.user)})

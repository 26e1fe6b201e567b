"""Helpline staff screens: find a contact, make one for a new caller, work the callback
queue and merge duplicates (the person's own page is helpline.staff.person). Every view of
personal data is audited, and every record is found through the access policy."""


from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from enquiries import access, finding
from enquiries.audit import audit, audit_search
from enquiries.people import find_or_create_contact, parse_phone
from helpline.merge import merge_contacts, merge_preview
from helpline.models import Interaction
from helpline.staff import live
from helpline.staff.forms import ContactSearchForm, NewContactForm
from helpline.staff.matches import resolve
from helpline.staff.timeline import callbacks as walled_callbacks
from helpline.staff.timeline import calls as walled_calls
from portal.templatetags.phones import national_phone

VIEW_CONTACT, ADD_CONTACT = "enquiries.view_contact", "enquiries.add_contact"
MERGE = "enquiries.merge_contact"
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
                          initial={"phone": national_phone(call.from_number) if call else "",
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
        try:
            merge_contacts(duplicate, survivor, request.user)
        except ValueError:
            messages.error(request, _("Nothing was merged: one of these records has already "
                                      "been merged."))
            return redirect("helpline_staff:contact", pk=survivor.pk)
        resolve(duplicate, survivor)
        audit(request, "merge", duplicate, detail=f"into contact {survivor.pk}")
        messages.success(request, _("%(duplicate)s merged into %(survivor)s.")
                         % {"duplicate": duplicate, "survivor": survivor})
        return redirect("helpline_staff:contact", pk=survivor.pk)
    return render(request, "helpline/staff/merge.html", {
        "duplicate": duplicate, "survivor": survivor,
        "moves": merge_preview(duplicate, survivor, request.user)})

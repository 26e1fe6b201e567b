"""The person's page: the helpline's workspace. Who they are and their timeline come first;
the actions (log a call or note, send a text, raise an enquiry, book a callback, merge a
duplicate) sit beside them, one open at a time. Every action says what happened, in the
staff member's language (django.contrib.messages, shown by Wagtail), and a refused form comes
back with what was typed. Every record is found through the access policy."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from enquiries import access
from enquiries.audit import audit, audit_search
from enquiries.intake import receive
from enquiries.models import ContactPhone
from helpline.models import Interaction
from helpline.sms import send_to_contact, sends_to_phones
from helpline.staff.forms import (
    ContactChoiceForm,
    LogInteractionForm,
    RaiseEnquiryForm,
    SendSmsForm,
)
from helpline.staff.matches import reviewable
from helpline.staff.timeline import calls as walled_calls
from helpline.staff.timeline import contact_timeline, when
from helpline.staff.views import find_contacts
from portal.templatetags.phones import national_phone

VIEW_CONTACT, MERGE, RAISE = ("enquiries.view_contact", "enquiries.merge_contact",
                              "enquiries.add_enquiry")
LOG, SMS, CHANGE_CALLBACK = ("helpline.add_interaction", "helpline.send_sms",
                             "helpline.change_callback")
ACTIONS = ("log", "sms", "enquiry", "merge")
RECENT_CALLS = 5


def _contact(request, pk, merged=False):
    """The person inside the user's wall (or 404), with their phones and emails."""
    contacts = access.contacts(request.user).prefetch_related(
        "emails", Prefetch("phones", ContactPhone.objects.order_by("pk")))
    return get_object_or_404(contacts if merged else contacts.filter(merged_into__isnull=True),
                             pk=pk)


def recent_twilio_calls(user, contact):
    """The person's latest calls and voicemails through the helpline line, newest first."""
    return list(walled_calls(user).filter(contact=contact, kind__in=["call", "voicemail"],
                                          twilio_sid__isnull=False)[:RECENT_CALLS])


def _enquiries(user, contact):
    return list(access.enquiries(user).filter(contact=contact).order_by("-created_at"))


def _book_callback_url(user, contact):
    """Booking a callback is the callbacks screen's (helpline.staff.callbacks), if present."""
    if not access.may(user, CHANGE_CALLBACK):
        return ""
    try:
        return reverse("helpline_staff:book_callback", args=[contact.pk])
    except NoReverseMatch:
        return ""


PRIVACY = ("privacy.place_legal_hold", "privacy.subject_access", "privacy.erase_contact",
           "privacy.correct_contact", "privacy.run_retention")


def _data_protection_url(user, contact):
    """The person's data protection page (privacy.staff), for national staff who may use it."""
    if not (access.scope(user).national and any(access.may(user, p) for p in PRIVACY)):
        return ""
    try:
        return reverse("privacy_staff:person", args=[contact.pk])
    except NoReverseMatch:
        return ""


def _merge_candidates(request, contact):
    """Possible matches, and people found by the search in the merge section (walled)."""
    user = request.user
    if not access.may(user, MERGE):
        return None
    pairs = reviewable(user).filter(Q(new=contact) | Q(existing=contact))
    matches = [(m.existing if m.new_id == contact.pk else m.new, m.get_shared_display())
               for m in pairs]
    search = ContactChoiceForm(request.GET if "merge_q" in request.GET else None)
    found = None
    if search.is_valid():
        query = search.cleaned_data["merge_q"]
        mergeable = access.contacts(user, MERGE).filter(merged_into__isnull=True)
        found = list(find_contacts(user, query).filter(pk__in=mergeable.values("pk"))
                     .exclude(pk=contact.pk).prefetch_related("phones")[:10])
        audit_search(request, "contact", query, len(found))
        audit(request, "search-result", *found)
    return {"matches": matches, "search": search, "found": found}


def workspace(request, contact, status=200, open_action="", **bound):
    """The page, with any bound (refused) form in place of its empty one."""
    user = request.user
    enquiries = _enquiries(user, contact)
    calls = recent_twilio_calls(user, contact) if access.may(user, LOG) else []
    merge = _merge_candidates(request, contact)
    if merge and (merge["found"] is not None):
        open_action = open_action or "merge"
    requested = request.GET.get("action")
    open_action = open_action or (requested if requested in ACTIONS else "")
    context = {
        "contact": contact, "enquiries": enquiries,
        "council": next((e.local_authority for e in enquiries if e.local_authority_id), None),
        "timeline": contact_timeline(contact, user),
        "log_form": bound.get("log_form") or (LogInteractionForm(contact, calls)
                                              if access.may(user, LOG) else None),
        "sms_form": bound.get("sms_form") or (SendSmsForm(contact)
                                              if access.may(user, SMS) else None),
        "enquiry_form": bound.get("enquiry_form") or (
            RaiseEnquiryForm(contact=contact, latest_enquiry=enquiries[0] if enquiries
                             else None) if access.may(user, RAISE) else None),
        "book_callback_url": _book_callback_url(user, contact),
        "data_protection_url": _data_protection_url(user, contact),
        "merge": merge, "open": open_action,
    }
    return render(request, "helpline/staff/contact.html", context, status=status)


@access.staff_view(get=VIEW_CONTACT)
def contact_detail(request, pk):
    contact = _contact(request, pk, merged=True)
    if contact.merged_into_id:  # their page is now the record they were merged into
        messages.info(request, _("%(name)s was merged into this record.") % {"name": contact})
        return redirect("helpline_staff:contact", pk=contact.merged_into_id)
    audit(request, "view", contact)
    return workspace(request, contact)


def _refused(request, contact, form, action):
    """Say why nothing was saved and show the form again with what was typed."""
    errors = [str(error) for errors in form.errors.values() for error in errors]
    messages.error(request, _("Nothing was saved: %(errors)s")
                   % {"errors": " ".join(errors)})
    audit(request, "view", contact)
    return workspace(request, contact, status=200, open_action=action,
                     **{f"{action}_form": form})


@access.staff_view(post=LOG)
def log_interaction(request, pk):
    contact = _contact(request, pk)
    form = LogInteractionForm(contact, recent_twilio_calls(request.user, contact),
                              request.POST)
    if not form.is_valid():
        return _refused(request, contact, form, "log")
    data = form.cleaned_data
    if data["twilio_call"] is not None:
        call = _log_on_call(request, data["twilio_call"].pk, data)
        messages.success(request, _("Notes and outcome saved on the call of %(when)s.")
                         % {"when": call_when(call)})
    else:
        interaction = Interaction(
            contact=contact, agent=request.user, kind=data["kind"],
            direction=data["direction"], language=data["language"], outcome=data["outcome"],
            topics=data["topics"], notes=data["notes"], follow_up=data["follow_up"],
            status="completed", **access.where_records_go(request.user))
        interaction.save()
        messages.success(request, {"note": _("Note saved on the timeline."),
                                    "email": _("Email logged on the timeline.")}.get(
            data["kind"], _("Call logged on the timeline.")))
    audit(request, "log-call", contact)
    return redirect("helpline_staff:contact", pk=contact.pk)


def _log_on_call(request, pk, data):
    """Add the agent's notes and outcome to the call Twilio made, keeping what it has."""
    with transaction.atomic():
        call = Interaction.objects.select_for_update().get(pk=pk)
        call.notes = "\n\n".join(filter(None, [call.notes, data["notes"]]))
        call.follow_up = "\n\n".join(filter(None, [call.follow_up, data["follow_up"]]))
        call.topics = data["topics"] or call.topics
        call.outcome = data["outcome"] or call.outcome
        call.language = data["language"] or call.language
        call.agent = call.agent or request.user
        call.save(update_fields=["notes", "follow_up", "topics", "outcome", "language",
                                 "agent"])
    return call


def call_when(call):
    return when(call.queued_at)


@access.staff_view(post=SMS)
def send_sms(request, pk):
    contact = _contact(request, pk)
    form = SendSmsForm(contact, request.POST)
    if not form.fields["phone"].choices:
        messages.error(request, _("No text was sent: this person has no mobile number."))
        return redirect("helpline_staff:contact", pk=contact.pk)
    if not form.is_valid():
        return _refused(request, contact, form, "sms")
    data = form.cleaned_data
    send_to_contact(contact, data["template"], data["phone"], data["language"], request.user,
                    **access.where_records_go(request.user))
    audit(request, "send-sms", contact)
    number = national_phone(data["phone"])
    if sends_to_phones():
        messages.success(request, _("Text message to %(number)s queued: it is sent within a "
                                    "minute, and the timeline shows whether it was delivered.")
                         % {"number": number})
    else:
        messages.warning(request, _("Text message to %(number)s queued, but this portal does "
                                    "not send texts: its console SMS backend writes them to the "
                                    "log.") % {"number": number})
    return redirect("helpline_staff:contact", pk=contact.pk)


@access.staff_view(post=RAISE)
def raise_enquiry(request, pk):
    contact = _contact(request, pk)
    form = RaiseEnquiryForm(request.POST, contact=contact)
    if not form.is_valid():
        return _refused(request, contact, form, "enquiry")
    enquiry = receive(form.new_enquiry(contact))
    audit(request, "raise-enquiry", enquiry)
    where = (enquiry.agency.name if enquiry.agency else
             enquiry.region.name if enquiry.region else _("the national team"))
    messages.success(request, _("Enquiry %(reference)s raised and sent to %(where)s.")
                     % {"reference": enquiry.reference, "where": where})
    return redirect("helpline_staff:contact", pk=contact.pk)


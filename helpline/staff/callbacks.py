"""Callbacks agents can run: book one for a person (from their page or from a call), open one
to see its last attempt and the voicemail, record an attempt (done, or try again at a new
time), and put an unknown caller's callback on a person. Walled and audited like every staff
view (enquiries.access, enquiries.audit)."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from enquiries import access
from enquiries.audit import audit
from helpline.models import Callback, Interaction
from helpline.staff import live
from helpline.staff.callback_forms import AttemptForm, BookCallbackForm, suggested
from helpline.staff.timeline import callbacks as walled_callbacks
from helpline.staff.timeline import calls as walled_calls
from helpline.voice import hours

VIEW, CHANGE = "helpline.view_callback", "helpline.change_callback"
VIEW_CALLS = "helpline.view_interaction"


def when(moment) -> str:
    """A due time as staff read it: in the line's zone, in their language's format."""
    return formats.date_format(moment.astimezone(hours.LINE_ZONE), "DATETIME_FORMAT")


def _call_for(request, contact):
    """The call of ?call= (inside the wall, this person's or nobody's yet), or None."""
    pk = request.GET.get("call") or request.POST.get("call")
    if not pk:
        return None
    if not str(pk).isdigit():
        raise Http404
    calls = walled_calls(request.user).filter(Q(contact=contact) | Q(contact__isnull=True))
    return get_object_or_404(calls, pk=pk)


@access.staff_view(get=CHANGE, post=CHANGE)
def book_callback(request, pk):
    contact = get_object_or_404(access.contacts(request.user), pk=pk)
    call = _call_for(request, contact)
    # A callback from a call lies where the call does; otherwise where the user's records go.
    place = ({"region": call.region, "agency": call.agency} if call
             else access.where_records_go(request.user))
    phones = list(contact.phones.values_list("number", flat=True))
    if call and call.from_number.startswith("+") and call.from_number not in phones:
        phones.insert(0, call.from_number)
    now = hours.current_time()
    due = suggested(hours.callback_due(now))
    form = BookCallbackForm(
        request.POST or None, phones=phones, now=now,
        assignees=access.staff_inside(CHANGE, **place).order_by("first_name", "last_name"),
        initial={"due_date": due["date"], "due_time": due["time"], "assigned_to": request.user,
                 "phone": call.from_number if call else (phones[0] if phones else ""),
                 "language": contact.preferred_language or (call.language if call else "")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            callback = Callback.objects.create(
                contact=contact, interaction=call, phone=data["phone"],
                language=data["language"], due_at=data["due_at"],
                assigned_to=data["assigned_to"], note=data["note"], booked_by=request.user,
                **place)
            if call:
                Interaction.objects.filter(pk=call.pk, contact__isnull=True).update(
                    contact=contact)
        audit(request, "book-callback", callback)
        messages.success(request, _("Callback booked for %(when)s: %(who)s rings back.") % {
            "when": when(callback.due_at),
            "who": form.fields["assigned_to"].label_from_instance(callback.assigned_to)})
        return redirect("helpline_staff:contact", pk=contact.pk)
    audit(request, "view", contact, *([call] if call else []))
    return render(request, "helpline/staff/book_callback.html",
                  {"contact": contact, "call": call, "form": form})


def _callback(request, pk, permission=VIEW):
    queryset = walled_callbacks(request.user, permission).select_related(
        "interaction", "outcome", "last_attempt_by", "booked_by")
    return get_object_or_404(queryset, pk=pk)


def attempt_form(data=None):
    now = hours.current_time()
    return AttemptForm(data, now=now, default_retry=hours.callback_due(now))


def _show(request, callback, form):
    """The callback's page: what was promised, the last attempt, the voicemail, the person
    (or people it may be) and the attempt form."""
    user = request.user
    call = (walled_calls(user).filter(pk=callback.interaction_id).first()
            if callback.interaction_id else None)
    maybe = []
    if callback.contact_id is None:
        maybe = list(access.contacts(user).filter(phones__number=callback.phone,
                                                  merged_into__isnull=True).distinct()[:5])
    audit(request, "view", callback, *([call] if call else []), *maybe)
    return render(request, "helpline/staff/callback.html", {
        "callback": callback, "call": call, "maybe": maybe, "form": form,
        "due": when(callback.due_at),
        "overdue": callback.completed_at is None and callback.due_at < hours.current_time(),
        "last_attempt": when(callback.last_attempt_at) if callback.last_attempt_at else "",
        "completed": when(callback.completed_at) if callback.completed_at else "",
        "may_add_contact": access.may(user, "enquiries.add_contact"),
        "may_see_calls": access.may(user, live.VIEW_CALLS), "my_call": live.answered_by(user),
        "may_play": call is not None and bool(call.recording_url)})


@access.staff_view(get=VIEW)
def callback_detail(request, pk):
    callback = _callback(request, pk)
    may_change = access.may(request.user, CHANGE) and callback.completed_at is None
    return _show(request, callback, attempt_form() if may_change else None)


@access.staff_view(post=CHANGE)
def record_attempt(request, pk):
    """One attempt to ring back: what came of it, then done or try again at a new time."""
    callback = _callback(request, pk, CHANGE)
    if callback.completed_at is not None:
        messages.info(request, _("This callback was already done."))
        return redirect("helpline_staff:callback", pk=callback.pk)
    form = attempt_form(request.POST)
    if not form.is_valid():
        return _show(request, callback, form)
    done = form.cleaned_data["next_step"] == AttemptForm.DONE
    with transaction.atomic():
        callback = Callback.objects.select_for_update().get(pk=callback.pk)
        callback.attempts += 1
        callback.outcome, callback.result = form.cleaned_data["outcome"], form.summary()
        callback.last_attempt_at, callback.last_attempt_by = timezone.now(), request.user
        callback.assigned_to = callback.assigned_to or request.user
        if done:
            callback.completed_at = callback.last_attempt_at
        else:
            callback.due_at = form.cleaned_data["retry_at"]
        callback.save()
    audit(request, "callback", callback, detail="done" if done else "try again")
    if done:
        messages.success(request, _("Callback done: %(result)s.") % {"result": callback.result})
    else:
        messages.success(request, _("Attempt recorded. Next try due %(when)s.") % {
            "when": when(callback.due_at)})
    return redirect("helpline_staff:callbacks")


@access.staff_view(post=CHANGE)
def link_person(request, pk):
    """An unknown caller's callback (and its call) put on a person inside the wall."""
    callback = _callback(request, pk, CHANGE)
    contact_pk = request.POST.get("contact", "")
    if not contact_pk.isdigit():
        raise Http404
    contact = get_object_or_404(access.contacts(request.user), pk=contact_pk)
    if callback.contact_id is not None:
        messages.info(request, _("This callback is already on a person’s record."))
        return redirect("helpline_staff:callback", pk=callback.pk)
    with transaction.atomic():
        Callback.objects.filter(pk=callback.pk, contact__isnull=True).update(contact=contact)
        walled_calls(request.user).filter(pk=callback.interaction_id,
                                          contact__isnull=True).update(contact=contact)
    audit(request, "link-person", callback, detail=f"contact {contact.pk}")
    messages.success(request, _("The callback is now on %(name)s’s record.") % {
        "name": contact})
    return redirect("helpline_staff:callback", pk=callback.pk)

"""A person's data protection page, for national staff with a data protection permission:
their legal holds (active and past) and the ways to act on their rights (subject access,
correction, erasure). Placing and lifting a hold each need a reason, and are recorded."""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from enquiries import access
from enquiries.audit import audit
from privacy.models import LegalHold

HOLD, SUBJECT_ACCESS, ERASE, CORRECT, RUN = (
    "privacy.place_legal_hold", "privacy.subject_access", "privacy.erase_contact",
    "privacy.correct_contact", "privacy.run_retention")
ANY_PRIVACY = (HOLD, SUBJECT_ACCESS, ERASE, CORRECT, RUN)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}),
                             max_length=2000, error_messages={
                                 "required": gettext_lazy("Give the reason: it is kept with "
                                                          "the hold.")})


def national_contact(request, pk):
    """The person (404 if not there or outside the wall); national staff only."""
    access.require_national(request.user, "enquiries.view_contact")
    contacts = access.contacts(request.user).prefetch_related("emails", "phones")
    return get_object_or_404(contacts, pk=pk)


def page(request, contact, status=200, **forms_):
    user = request.user
    context = {
        "contact": contact,
        "holds": list(LegalHold.objects.filter(contact=contact).select_related(
            "placed_by", "lifted_by")),
        "may_hold": access.may(user, HOLD), "may_subject_access": access.may(user, SUBJECT_ACCESS),
        "may_correct": access.may(user, CORRECT), "may_erase": access.may(user, ERASE),
        "hold_form": forms_.get("hold_form") or ReasonForm(prefix="hold"),
        "lift_form": forms_.get("lift_form") or ReasonForm(prefix="lift"),
        "lift_refused": forms_.get("lift_refused"),
    }
    return render(request, "privacy/staff/person.html", context, status=status)


@access.staff_view(get=ANY_PRIVACY)
def person(request, pk):
    contact = national_contact(request, pk)
    audit(request, "view", contact)
    return page(request, contact)


@access.staff_view(post=HOLD)
def place_hold(request, pk):
    contact = national_contact(request, pk)
    form = ReasonForm(request.POST, prefix="hold")
    if not form.is_valid():
        messages.error(request, _("No hold was placed: give the reason."))
        audit(request, "view", contact)
        return page(request, contact, hold_form=form)
    hold = LegalHold.objects.create(contact=contact, reason=form.cleaned_data["reason"],
                                    placed_by=request.user)
    audit(request, "place-legal-hold", hold, detail=hold.reason)
    messages.success(request, _("%(name)s is on legal hold: the retention schedule leaves "
                                "their records alone until the hold is lifted.")
                     % {"name": contact})
    return redirect("privacy_staff:person", pk=contact.pk)


@access.staff_view(post=HOLD)
def lift_hold(request, pk):
    """`pk` is the hold's (the permission matrix fills it in)."""
    access.require_national(request.user, HOLD)
    hold = get_object_or_404(LegalHold.objects.active().filter(
        contact__in=access.contacts(request.user)), pk=pk)
    contact = hold.contact
    form = ReasonForm(request.POST, prefix="lift")
    if not form.is_valid():
        messages.error(request, _("The hold was not lifted: give the reason."))
        audit(request, "view", contact)
        return page(request, contact, lift_form=form, lift_refused=hold.pk)
    with transaction.atomic():
        updated = LegalHold.objects.active().filter(pk=hold.pk).update(
            lifted_at=timezone.now(), lifted_by=request.user,
            lift_reason=form.cleaned_data["reason"])
    if updated:
        audit(request, "lift-legal-hold", hold, detail=form.cleaned_data["reason"])
        messages.success(request, _("The legal hold on %(name)s is lifted.") % {"name": contact})
    return redirect("privacy_staff:person", pk=contact.pk)

"""Erasing a person (privacy.erasure): a preview of what goes, then a confirmation with the
reason, which the audit entry keeps. National staff with the erasure permission only."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from enquiries import access
from enquiries.audit import audit
from privacy import erasure
from privacy.staff.person import ERASE, national_contact


class ErasureForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for erasing"), widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Give the reason: it is kept in the audit "
                                                 "trail.")})


@access.staff_view(get=ERASE, post=ERASE)
def erase(request, pk):
    access.require_national(request.user, ERASE)
    contact = national_contact(request, pk)
    form = ErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = str(contact)
        try:
            erasure.erase(request, contact, form.cleaned_data["reason"])
        except erasure.ErasureRefused as refusal:
            form.add_error(None, _("Nothing was erased: this person is on a legal hold.")
                           if str(refusal) == "on legal hold" else
                           _("Nothing was erased: Twilio did not delete a recording. Try "
                             "again in a few minutes."))
        else:
            messages.success(request, _("%(name)s has been erased. Their enquiries, calls "
                                        "and bookings are kept only as counts.")
                             % {"name": name})
            return redirect("privacy_staff:person", pk=contact.pk)
    audit(request, "view", contact, detail="erasure preview")
    return render(request, "privacy/staff/erase.html", {
        "contact": contact, "form": form, "preview": erasure.preview(contact)},
        status=400 if form.errors else 200)

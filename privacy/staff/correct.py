"""Correcting a person's email or phone everywhere it is held for them (privacy.correction).
The audit says which kind of detail changed, with the email's domains only."""

from django import forms
from django.contrib import messages
from django.core.validators import validate_email
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from enquiries import access
from enquiries.audit import audit
from enquiries.people import is_mobile, normalise_email, parse_phone, to_e164
from privacy.correction import correct_email, correct_phone, masked_email
from privacy.staff.person import CORRECT, national_contact


class CorrectionForm(forms.Form):
    detail = forms.ChoiceField(label=gettext_lazy("Detail to correct"),
                               widget=forms.RadioSelect, error_messages={
                                   "required": gettext_lazy("Choose the email or phone to "
                                                            "correct."),
                                   "invalid_choice": gettext_lazy(
                                       "Choose one of this person's emails or phones.")})
    new = forms.CharField(label=gettext_lazy("Correct email or phone"), max_length=254,
                          error_messages={"required": gettext_lazy(
                              "Enter the correct email address or phone number.")})

    def __init__(self, contact, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["detail"].choices = (
            [(f"email:{e.address}", e.address) for e in contact.emails.order_by("pk")]
            + [(f"phone:{p.number}", p.number) for p in contact.phones.order_by("pk")])

    def clean(self):
        data = super().clean()
        if "detail" not in data or "new" not in data:
            return data
        kind, data["old"] = data["detail"].split(":", 1)
        data["kind"] = kind
        if kind == "email":
            data["value"] = normalise_email(data["new"])
            try:
                validate_email(data["value"])
            except forms.ValidationError:
                self.add_error("new", _("Enter an email address like name@example.org."))
        else:
            parsed = parse_phone(data["new"])
            if parsed is None:
                self.add_error("new", _("Enter a phone number, like 029 2018 0000, "
                                        "07400 765432 or +44 808 157 0192"))
            else:
                data["value"], data["mobile"] = to_e164(parsed), is_mobile(parsed)
        if self.errors.get("new") is None and data.get("value") == data["old"]:
            self.add_error("new", _("That is the same as the detail held now."))
        return data


@access.staff_view(get=CORRECT, post=CORRECT)
def correct(request, pk):
    access.require_national(request.user, CORRECT)
    contact = national_contact(request, pk)
    form = CorrectionForm(contact, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["kind"] == "email":
            correct_email(contact, data["old"], data["value"])
            detail = (f"email corrected: {masked_email(data['old'])} → "
                      f"{masked_email(data['value'])}")
        else:
            correct_phone(contact, data["old"], data["value"], data["mobile"])
            detail = "phone corrected"
        audit(request, "correct-contact", contact, detail=detail)
        messages.success(request, _("Corrected everywhere it is held for %(name)s.")
                         % {"name": contact})
        return redirect("privacy_staff:person", pk=contact.pk)
    audit(request, "view", contact)
    return render(request, "privacy/staff/correct.html", {"contact": contact, "form": form},
                  status=200)

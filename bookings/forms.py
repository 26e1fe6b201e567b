"""The booking form and the form to change a booking. Every message is in the page's
language and says how to put things right."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from bookings.places import NewBooking
from enquiries.forms import ParsesPhone
from portal.forms import NormalisedCharField, ResetsHiddenValues, SentByAPerson

MAX_PLACES = 6  # the "invalid_choice" message says it
ACCESS_LIMIT = 1000


def places_field(label):
    return forms.TypedChoiceField(
        label=label, coerce=int, choices=[(n, str(n)) for n in range(1, MAX_PLACES + 1)],
        error_messages={"required": _("Choose how many places you need"),
                        "invalid_choice": _("Choose between 1 and 6 places")})


class BookingForm(ParsesPhone, ResetsHiddenValues, SentByAPerson):
    resettable = {"token": lambda form: uuid.uuid4()}

    first_name = NormalisedCharField(label=_("First name"), max_length=100,
                                     error_messages={"required": _("Enter your first name")})
    last_name = NormalisedCharField(label=_("Surname"), max_length=100,
                                    error_messages={"required": _("Enter your surname")})
    email = forms.EmailField(label=_("Email address"), required=False, max_length=254,
                             error_messages={"invalid": _(
                                 "Enter an email address in the correct format, "
                                 "like name@example.com")})
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=30)
    wants_sms = forms.BooleanField(label=_("Send me text messages about my booking"),
                                   required=False)
    places = places_field(_("How many places do you need?"))
    access_needs = NormalisedCharField(
        label=_("Access needs (optional)"), required=False,
        widget=forms.Textarea(attrs={"rows": 4}))
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, language="en", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if not self.is_bound:
            self.initial["token"] = uuid.uuid4()
            self.initial.setdefault("places", 1)

    def clean_access_needs(self):
        text = self.cleaned_data["access_needs"].strip()
        if len(text) > ACCESS_LIMIT:
            raise forms.ValidationError(
                _("Access needs must be %(limit)s characters or fewer; they have %(count)s")
                % {"limit": ACCESS_LIMIT, "count": len(text)})
        return text

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone") and not self.has_error("email") \
                and not self.has_error("phone"):
            self.add_error("email", _("Enter an email address or a phone number"))
        if data.get("wants_sms") and not self.parsed_phone and not self.has_error("phone"):
            self.add_error("phone", _("Enter a mobile number so we can send you texts"))
        return data

    def new_booking(self, event) -> NewBooking:
        data = self.cleaned_data
        return NewBooking(event=event, first_name=data["first_name"],
                          last_name=data["last_name"], language=self.language,
                          places=data["places"], email=data["email"], phone=self.parsed_phone,
                          wants_sms=data["wants_sms"], access_needs=data["access_needs"],
                          token=data["token"])


class ChangeForm(forms.Form):
    places = places_field(_("How many places do you need now?"))

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from directory.bilingual import name_order
from directory.models import LocalAuthority
from enquiries.forms import OUTSIDE_WALES
from enquiries.intake import NewEnquiry
from enquiries.models import Enquiry
from helpline.models import OutcomeCode, SmsTemplate
from portal.forms import NormalisedCharField
from portal.languages import WELSH_FIRST
from portal.templatetags.phones import national_phone


class ContactSearchForm(forms.Form):
    q = NormalisedCharField(label=_("Phone number, email, name or enquiry reference"),
                            max_length=100)


class LogInteractionForm(forms.Form):
    """Notes and an outcome for a call: on the call Twilio made (the latest without an outcome
    is chosen for the agent), or, when there is none, a call or note logged by hand."""

    BY_HAND = ""
    KINDS = [("call", _("Call")), ("note", _("Note")), ("email", _("Email"))]

    call = forms.ChoiceField(label=_("Which call"), required=False)
    kind = forms.ChoiceField(label=_("Logged by hand: what it was"), choices=KINDS,
                             initial="call")
    direction = forms.ChoiceField(label=_("Logged by hand: who called"),
                                  choices=[("in", _("They contacted us")),
                                           ("out", _("We contacted them"))], initial="in")
    language = forms.ChoiceField(label=_("Language spoken"), choices=WELSH_FIRST)
    outcome = forms.ModelChoiceField(label=_("Outcome"), required=False,
                                     queryset=OutcomeCode.objects.filter(active=True))
    topics = NormalisedCharField(label=_("Topics"), max_length=200, required=False)
    notes = NormalisedCharField(label=_("Notes"), required=False,
                                widget=forms.Textarea(attrs={"rows": 3}))
    follow_up = NormalisedCharField(label=_("Follow-up"), required=False,
                                    widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, contact, recent_calls, *args, **kwargs):
        kwargs.setdefault("prefix", "log")
        super().__init__(*args, **kwargs)
        self.recent_calls = {str(call.pk): call for call in recent_calls}
        self.fields["call"].choices = [(pk, call_label(call)) for pk, call in
                                       self.recent_calls.items()] + [
            (self.BY_HAND, _("None of these: log a call or note by hand"))]
        waiting = next((c for c in recent_calls if c.outcome_id is None), None)
        self.initial.setdefault("call", str(waiting.pk) if waiting else self.BY_HAND)
        self.initial.setdefault("language", contact.preferred_language)
        self.fields["outcome"].label_from_instance = lambda outcome: outcome.name

    def clean(self):
        data = super().clean()
        if not data.get("notes") and not data.get("outcome"):
            raise forms.ValidationError(
                _("Write a note or choose an outcome: an empty log is not saved."),
                code="empty")
        data["twilio_call"] = self.recent_calls.get(data.get("call") or self.BY_HAND)
        return data


def call_label(call):
    """A call as an agent picks it from a list: when, who rang, and whether it is logged."""
    what = _("Voicemail") if call.kind == "voicemail" else (
        _("Incoming call") if call.direction == "in" else _("Outgoing call"))
    number = national_phone(call.from_number if call.direction == "in" else call.to_number)
    state = (_("outcome: %(outcome)s") % {"outcome": call.outcome.name} if call.outcome
             else _("no outcome yet"))
    return f"{what}, {formats.date_format(timezone.localtime(call.queued_at), 'j M H:i')}" \
           f"{', ' + number if number else ''} ({state})"


class RaiseEnquiryForm(forms.Form):
    """What an agent asks on the phone to start the adoption journey; routed as the web is.
    The language is the person's; the council that of their latest enquiry, if any."""

    interest = forms.ChoiceField(label=_("About"), choices=Enquiry.FORM_INTERESTS)
    household = forms.ChoiceField(label=_("Household"), required=False,
                                  choices=[("", "—")] + Enquiry.HOUSEHOLDS)
    language = forms.ChoiceField(label=_("Language"), choices=WELSH_FIRST)
    contact_method = forms.ChoiceField(label=_("Contact by"), choices=Enquiry.CONTACT_METHODS,
                                       initial="phone")
    council = forms.ChoiceField(label=_("Council"))
    message = NormalisedCharField(label=_("Message"), required=False, max_length=2000,
                                  widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, contact=None, latest_enquiry=None, **kwargs):
        kwargs.setdefault("prefix", "enquiry")
        super().__init__(*args, **kwargs)
        self.fields["council"].choices = [("", _("Choose the caller's council"))] + [
            (la.gss_code, la.name) for la in LocalAuthority.objects.order_by(name_order())] + [
            (OUTSIDE_WALES, _("Lives outside Wales"))]
        if contact is not None:
            self.initial.setdefault("language", contact.preferred_language)
        if latest_enquiry is not None:
            if latest_enquiry.local_authority_id:
                self.initial.setdefault("council", latest_enquiry.local_authority.gss_code)
            elif latest_enquiry.route == "outside-wales":
                self.initial.setdefault("council", OUTSIDE_WALES)

    def clean(self):
        data = super().clean()
        council = data.get("council")
        data["local_authority"] = (LocalAuthority.objects.filter(gss_code=council).first()
                                   if council != OUTSIDE_WALES else None)
        return data

    def new_enquiry(self, contact) -> NewEnquiry:
        """The enquiry for a known contact, routed from the council the caller gave."""
        data = self.cleaned_data
        return NewEnquiry(
            first_name=contact.first_name, last_name=contact.last_name,
            language=data["language"], interest=data["interest"],
            contact_method=data["contact_method"], household=data["household"],
            local_authority=data["local_authority"], message=data["message"],
            contact=contact, source="a helpline call",
        )


class SendSmsForm(forms.Form):
    template = forms.ModelChoiceField(queryset=SmsTemplate.objects.all(), label=_("Message"))
    phone = forms.ChoiceField(label=_("Mobile number"))
    language = forms.ChoiceField(label=_("Language of the text"), choices=WELSH_FIRST)

    def __init__(self, contact, *args, **kwargs):
        kwargs.setdefault("prefix", "sms")
        super().__init__(*args, **kwargs)
        mobiles = [phone.number for phone in contact.phones.all() if phone.is_mobile]
        self.fields["phone"].choices = [(number, national_phone(number)) for number in mobiles]
        self.fields["template"].label_from_instance = lambda template: template.name
        self.initial.setdefault("language", contact.preferred_language)


class ContactChoiceForm(forms.Form):
    """The other person in a merge, found by name, phone, email or reference (walled)."""

    merge_q = NormalisedCharField(label=_("Find the other record"), max_length=100)


class NewContactForm(forms.Form):
    first_name = NormalisedCharField(label=_("First name"), max_length=100)
    last_name = NormalisedCharField(label=_("Surname"), max_length=100)
    phone = forms.CharField(label=_("Phone number"), max_length=30, required=False)
    email = forms.EmailField(label=_("Email address"), required=False)
    language = forms.ChoiceField(choices=WELSH_FIRST)

    def clean_phone(self):
        from enquiries.people import parse_phone

        number = self.cleaned_data["phone"].strip()
        if number and parse_phone(number) is None:
            raise forms.ValidationError(_("Enter a valid phone number."))
        return number

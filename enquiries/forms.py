"""The one national enquiry form. It asks what a first response needs and no more; every
message is in the page's language and says how to put things right."""

import re
import uuid

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.bilingual import name_order
from directory.models import Agency, LocalAuthority
from enquiries import attribution
from enquiries.intake import NewEnquiry
from enquiries.models import Enquiry
from enquiries.models.enquiry import INFORMATION_PACK
from enquiries.people import is_mobile, parse_phone
from portal.forms import NormalisedCharField, ResetsHiddenValues, SentByAPerson
from portal.languages import WELSH_FIRST

OUTSIDE_WALES = "outside-wales"
MESSAGE_LIMIT = 2000
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
SIGNER_SALT = "enquiries.form-started"


def required(message):
    return {"required": message}


def replacement_token(form):
    """For a missing or mangled token: derived from the form's signed start time, so that a
    double click still makes one enquiry and two people never share a token."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"enquiry-form:{form.data.get('started', '')}"))


class ParsesPhone:
    """A form's optional `phone` field, kept as typed; `parsed_phone` is the number it names
    (None when empty), or the field has an error saying what a number looks like."""

    parsed_phone = None

    def clean_phone(self):
        number = self.cleaned_data["phone"].strip()
        if not number:
            return ""
        self.parsed_phone = parse_phone(number)
        if self.parsed_phone is None:
            raise forms.ValidationError(_(
                "Enter a phone number, like 029 2018 0000, 07400 765432 or +44 808 157 0192"))
        return number


class EnquiryForm(ParsesPhone, ResetsHiddenValues, SentByAPerson):
    # Hidden values that are wrong are replaced, never shown as errors nobody can correct:
    # campaign fields that are not a live campaign are dropped, as attribution drops them.
    resettable = {"token": replacement_token, "campaign_code": "", "campaign_source": "",
                  "campaign_medium": ""}
    started_salt = SIGNER_SALT

    first_name = NormalisedCharField(label=_("First name"), max_length=100,
                                     error_messages=required(_("Enter your first name")))
    last_name = NormalisedCharField(label=_("Surname"), max_length=100,
                                    error_messages=required(_("Enter your surname")))
    email = forms.EmailField(label=_("Email address"), required=False, max_length=254,
                             error_messages={"invalid": _(
                                 "Enter an email address in the correct format, "
                                 "like name@example.com")})
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=30)
    language = forms.ChoiceField(label=_("Which language should we use?"),
                                 choices=WELSH_FIRST,
                                 widget=forms.RadioSelect,
                                 error_messages=required(_("Choose a language")))
    # Not asked of someone who only wants the pack (clean() checks it for everyone else).
    contact_method = forms.ChoiceField(
        label=_("How should we contact you?"), choices=Enquiry.CONTACT_METHODS,
        widget=forms.RadioSelect, required=False)
    wants_sms = forms.BooleanField(label=_("Send me text messages about my enquiry"),
                                   required=False)
    council = forms.ChoiceField(label=_("Which council area do you live in?"),
                                error_messages=required(_("Choose your council area")))
    postcode = forms.CharField(label=_("Postcode (optional)"), required=False, max_length=10)
    interest = forms.ChoiceField(label=_("What is your enquiry about?"),
                                 choices=Enquiry.FORM_INTERESTS, widget=forms.RadioSelect,
                                 error_messages=required(_("Choose what your enquiry is about")))
    household = forms.ChoiceField(label=_("Would you be adopting on your own or as a couple?"),
                                  choices=Enquiry.HOUSEHOLDS, widget=forms.RadioSelect,
                                  required=False)
    agency = forms.ModelChoiceField(
        label=_("Would you like a voluntary adoption agency to contact you instead? (optional)"),
        queryset=Agency.objects.filter(accepts_enquiries=True), required=False,
        empty_label=_("No, my regional adoption service"))
    heard_about = forms.ChoiceField(label=_("How did you hear about us? (optional)"),
                                    choices=[("", _("Choose an option"))] + Enquiry.SOURCES,
                                    required=False)
    heard_campaign = forms.ChoiceField(label=_("Which campaign? (optional)"), required=False)
    message = NormalisedCharField(label=_("Anything you would like to tell us (optional)"),
                                  required=False, widget=forms.Textarea(attrs={"rows": 5}))
    privacy = forms.BooleanField(
        label=_("I have read the privacy notice and understand how my details will be used"),
        error_messages=required(_("Confirm you have read the privacy notice")))
    contact_anyway = forms.BooleanField(required=False, widget=forms.HiddenInput)
    campaign_code = forms.CharField(required=False, widget=forms.HiddenInput, max_length=50)
    campaign_source = forms.CharField(required=False, widget=forms.HiddenInput, max_length=30)
    campaign_medium = forms.CharField(required=False, widget=forms.HiddenInput, max_length=30)
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        councils = [(la.gss_code, la.name) for la in LocalAuthority.objects.order_by(
            name_order())]  # in the reader's language, sorted as every list of names is
        self.fields["council"].choices = [("", _("Choose your council area"))] + councils + [
            (OUTSIDE_WALES, _("I live outside Wales"))]
        self.fields["agency"].queryset = self.fields["agency"].queryset.order_by(name_order())
        self.fields["agency"].label_from_instance = lambda agency: agency.name
        campaigns = attribution.campaign_choices(get_language())
        if campaigns:
            self.fields["heard_campaign"].choices = [("", _("Choose a campaign"))] + campaigns
        else:
            del self.fields["heard_campaign"]
        if not self.is_bound:
            self.initial.setdefault("language", get_language())
            self.initial["token"] = uuid.uuid4()

    def clean_postcode(self):
        postcode = re.sub(r"\s+", " ", self.cleaned_data["postcode"].strip().upper())
        if not postcode:
            return ""
        match = POSTCODE.match(postcode)
        if not match:
            raise forms.ValidationError(_("Enter a real postcode, like CF10 3NQ"))
        return f"{match.group(1)} {match.group(2)}"

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) > MESSAGE_LIMIT:
            raise forms.ValidationError(
                _("Your message must be %(limit)s characters or fewer; it has %(count)s")
                % {"limit": MESSAGE_LIMIT, "count": len(message)})
        return message

    def clean_campaign_code(self):
        return attribution.known_code(self.cleaned_data["campaign_code"])

    def clean_campaign_source(self):
        return attribution.clean_token(self.cleaned_data["campaign_source"])

    def clean_campaign_medium(self):
        return attribution.clean_token(self.cleaned_data["campaign_medium"])

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone") and not self.has_error("email") \
                and not self.has_error("phone"):
            self.add_error("email", _("Enter an email address or a phone number"))
        if data.get("wants_sms") and not self.parsed_phone and not self.has_error("phone"):
            self.add_error("phone", _("Enter a mobile number so we can send you texts"))
        if data.get("interest") == INFORMATION_PACK:
            self._can_send_pack(data)
        elif not data.get("contact_method") and not self.has_error("contact_method"):
            self.add_error("contact_method", _("Choose how we should contact you"))
        if data.get("interest") == "adopting" and not data.get("household"):
            self.add_error("household",
                           _("Choose whether you would adopt on your own or as a couple"))
        self._attribute(data)
        council = data.get("council")
        data["local_authority"] = (LocalAuthority.objects.filter(gss_code=council).first()
                                   if council and council != OUTSIDE_WALES else None)
        if council and council != OUTSIDE_WALES and data["local_authority"] is None:
            self.add_error("council", _("Choose your council area"))
        return data

    def _can_send_pack(self, data):
        """The pack goes by email, or by text to a mobile: one of them is needed."""
        if data.get("email") or self.has_error("email") or self.has_error("phone"):
            return
        if not (self.parsed_phone and is_mobile(self.parsed_phone) and data.get("wants_sms")):
            self.add_error("email", _("Enter an email address so we can send you the pack, or "
                                      "a mobile number and ask for text messages"))

    @staticmethod
    def _attribute(data):
        """A campaign link wins; else the campaign the person named, recorded as medium "form"."""
        named = attribution.known_code(data.get("heard_campaign", ""))
        if not data.get("campaign_code") and named:
            data.update(campaign_code=named, campaign_source="", campaign_medium="form")
        if not data.get("campaign_code"):
            data.update(campaign_source="", campaign_medium="")

    def new_enquiry(self) -> NewEnquiry:
        """The valid form as the value intake stores."""
        data = self.cleaned_data
        return NewEnquiry(
            first_name=data["first_name"], last_name=data["last_name"],
            language=data["language"], interest=data["interest"],
            contact_method=data["contact_method"] or ("email" if data["email"] else "phone"),
            email=data["email"], phone=self.parsed_phone,
            wants_sms=data["wants_sms"], local_authority=data["local_authority"],
            agency=data["agency"], household=data["household"], postcode=data["postcode"],
            heard_about=data["heard_about"], campaign_code=data["campaign_code"],
            campaign_source=data["campaign_source"], campaign_medium=data["campaign_medium"],
            message=data["message"], token=data["token"],
        )

    @property
    def lives_outside_wales(self):
        return self.cleaned_data.get("council") == OUTSIDE_WALES

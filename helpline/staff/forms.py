from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import LocalAuthority
from enquiries.forms import OUTSIDE_WALES
from enquiries.intake import NewEnquiry
from enquiries.models import Enquiry
from helpline.models import Interaction, OutcomeCode, SmsTemplate
from portal.forms import NormalisedCharField
from portal.languages import WELSH_FIRST


class ContactSearchForm(forms.Form):
    q = NormalisedCharField(label=_("Phone number, email, name or enquiry reference"),
                            max_length=100)


class LogInteractionForm(forms.ModelForm):
    outcome = forms.ModelChoiceField(queryset=OutcomeCode.objects.filter(active=True),
                                     required=False)

    class Meta:
        model = Interaction
        fields = ["kind", "direction", "language", "outcome", "topics", "notes", "follow_up"]
        field_classes = {"notes": NormalisedCharField, "follow_up": NormalisedCharField}
        widgets = {"notes": forms.Textarea(attrs={"rows": 3}),
                   "follow_up": forms.Textarea(attrs={"rows": 2})}


class RaiseEnquiryForm(forms.Form):
    """What an agent asks on the phone to start the adoption journey; routed as the web is."""

    interest = forms.ChoiceField(choices=Enquiry.INTERESTS)
    household = forms.ChoiceField(choices=[("", "—")] + Enquiry.HOUSEHOLDS, required=False)
    language = forms.ChoiceField(choices=WELSH_FIRST)
    contact_method = forms.ChoiceField(choices=Enquiry.CONTACT_METHODS)
    council = forms.ChoiceField()
    message = NormalisedCharField(widget=forms.Textarea(attrs={"rows": 2}), required=False,
                                  max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].choices = [(la.gss_code, la.name_en) for la in
                                          LocalAuthority.objects.all()] + [
            (OUTSIDE_WALES, _("Lives outside Wales"))]

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
    language = forms.ChoiceField(choices=WELSH_FIRST)

    def __init__(self, contact, *args, **kwargs):
        super().__init__(*args, **kwargs)
        mobiles = list(contact.phones.filter(is_mobile=True).values_list("number", flat=True))
        self.fields["phone"].choices = [(number, number) for number in mobiles]
        self.initial.setdefault("language", contact.preferred_language)


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

from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Region
from enquiries.models import Enquiry
from portal.languages import any_language


class FilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", _("Any status"))] + Enquiry.STATUSES, required=False)
    interest = forms.ChoiceField(choices=[("", _("Any topic"))] + Enquiry.INTERESTS,
                                 required=False)
    language = forms.ChoiceField(choices=any_language(_("Any language")), required=False)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    received_from = forms.DateField(label=_("Received from"), required=False,
                                    widget=forms.DateInput(attrs={"type": "date"}))
    received_to = forms.DateField(label=_("Received until"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))

    def apply(self, enquiries, today):
        if not self.is_valid():
            return enquiries
        data = self.cleaned_data
        for name in ("status", "interest", "language"):
            if data[name]:
                enquiries = enquiries.filter(**{name: data[name]})
        if data["overdue"]:
            enquiries = enquiries.filter(first_responded_at__isnull=True,
                                         first_response_due__lt=today)
        if data["received_from"]:
            enquiries = enquiries.filter(created_at__date__gte=data["received_from"])
        if data["received_to"]:
            enquiries = enquiries.filter(created_at__date__lte=data["received_to"])
        return enquiries


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=Enquiry.STATUSES)
    closed_reason = forms.CharField(label=_("Reason for closing"), max_length=200,
                                    required=False)

    def clean(self):
        data = super().clean()
        if data.get("status") == "closed" and not data.get("closed_reason"):
            self.add_error("closed_reason", _("Give a reason for closing the enquiry"))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=5000)


class ReassignForm(forms.Form):
    region = forms.ModelChoiceField(queryset=Region.objects.all(), label=_("Move to region"))
    reason = forms.CharField(label=_("Why"), max_length=300)

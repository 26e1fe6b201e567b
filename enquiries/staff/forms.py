from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from directory.models import Region
from enquiries import access
from enquiries.models import Enquiry


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


class BulkForm(forms.Form):
    """What to do to the enquiries ticked in the queue."""

    ACTIONS = [("assign", _("Assign to")), ("first-response", _("Record first response")),
               ("status", _("Change status"))]
    action = forms.ChoiceField(label=_("With the selected enquiries"), choices=ACTIONS)
    assignee = forms.ModelChoiceField(label=_("Member of staff"), queryset=None,
                                      required=False, empty_label=_("Nobody"))
    status = forms.ChoiceField(label=_("New status"), required=False,
                               choices=[("", "—")] + Enquiry.STATUSES)
    closed_reason = forms.CharField(label=_("Reason for closing"), max_length=200,
                                    required=False)

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = colleagues(user)
        self.fields["assignee"].label_from_instance = lambda u: u.get_full_name() or u.email

    def clean(self):
        data = super().clean()
        if data.get("action") == "status":
            if not data.get("status"):
                self.add_error("status", _("Choose the new status"))
            elif data["status"] == "closed" and not data.get("closed_reason"):
                self.add_error("closed_reason", _("Give a reason for closing the enquiry"))
        return data


def colleagues(user):
    """Who an enquiry may be assigned to: active staff inside the same wall as the user."""
    where = access.scope(user)
    if not where.staff:
        return get_user_model().objects.none()
    return (get_user_model().objects.filter(
        is_active=True, staff_profile__region=where.region, staff_profile__agency=where.agency)
        .order_by("first_name", "last_name", "email"))

"""The forms agents use on callbacks: booking one, and recording an attempt. Times are asked
and shown in the line's own time zone (Europe/London) and must still be to come."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from helpline.models import OutcomeCode
from helpline.voice.hours import LINE_ZONE
from portal.forms import NormalisedCharField
from portal.languages import WELSH_FIRST
from portal.templatetags.phones import national_phone

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
IN_THE_PAST = _("Choose a time that is still to come.")


def local_time(date: datetime.date, time: datetime.time) -> datetime.datetime:
    return datetime.datetime.combine(date, time, tzinfo=LINE_ZONE)


def suggested(when: datetime.datetime) -> dict:
    """Date and time fields' initial values for `when`, rounded up to five minutes."""
    local = when.astimezone(LINE_ZONE).replace(second=0, microsecond=0)
    local += datetime.timedelta(minutes=-local.minute % 5)
    return {"date": local.date(), "time": local.time()}


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class BookCallbackForm(forms.Form):
    due_date = forms.DateField(label=_("Date"), widget=DATE)
    due_time = forms.TimeField(label=_("Time (UK)"), widget=TIME)
    assigned_to = StaffChoiceField(label=_("Who rings back"), queryset=None, empty_label=None)
    phone = forms.ChoiceField(label=_("Number to ring"))
    language = forms.ChoiceField(label=_("Language of the call"), choices=WELSH_FIRST)
    note = NormalisedCharField(label=_("Note for whoever rings"), required=False,
                               max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, phones, assignees, now, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now
        self.fields["phone"].choices = [(number, national_phone(number)) for number in phones]
        self.fields["assigned_to"].queryset = assignees

    def clean(self):
        data = super().clean()
        if data.get("due_date") and data.get("due_time"):
            data["due_at"] = local_time(data["due_date"], data["due_time"])
            if data["due_at"] < self.now - datetime.timedelta(minutes=1):
                self.add_error("due_time", IN_THE_PAST)
        return data


class AttemptForm(forms.Form):
    DONE, RETRY = "done", "retry"
    outcome = forms.ModelChoiceField(label=_("Outcome"), required=False,
                                     queryset=OutcomeCode.objects.filter(active=True))
    result = NormalisedCharField(label=_("What happened"), required=False, max_length=200,
                                 help_text=_("An outcome, or a few words of your own "
                                             "(for example “Left a message”)."))
    next_step = forms.ChoiceField(label=_("Next"), widget=forms.RadioSelect, choices=[
        (DONE, _("Done: no more calls needed")), (RETRY, _("Try again later"))])
    retry_date = forms.DateField(label=_("Try again on"), required=False, widget=DATE)
    retry_time = forms.TimeField(label=_("at (UK time)"), required=False, widget=TIME,
                                 help_text=_("Empty: in an hour, or when the line next "
                                             "opens."))

    def __init__(self, *args, now, default_retry, **kwargs):
        super().__init__(*args, **kwargs)
        self.now, self.default_retry = now, default_retry

    def clean(self):
        data = super().clean()
        if not data.get("outcome") and not data.get("result"):
            raise forms.ValidationError(_("Say what came of the call: choose an outcome or "
                                          "write a few words."), code="empty")
        if data.get("next_step") != self.RETRY:
            return data
        date, time = data.get("retry_date"), data.get("retry_time")
        if date and time:
            data["retry_at"] = local_time(date, time)
            if data["retry_at"] <= self.now:
                self.add_error("retry_time", IN_THE_PAST)
        elif date or time:
            self.add_error("retry_time" if date else "retry_date",
                           _("Give both a date and a time, or neither."))
        else:
            data["retry_at"] = self.default_retry
        return data

    def summary(self) -> str:
        """The result as the queue shows it: the outcome's name and any words added."""
        data = self.cleaned_data
        return " · ".join(filter(None, [str(data["outcome"] or ""), data["result"]]))[:200]

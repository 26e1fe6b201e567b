"""What every form in the portal shares: text kept in one Unicode form, values the person cannot
see that never block them, a check for forms sent by a program, and Django's messages in Welsh
where Django has none."""

import unicodedata

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy, gettext_noop

MIN_SECONDS_TO_FILL = 3  # no person reads and fills a public form faster

# Django's own message, repeated so that our catalogue gives it in Welsh (Django's Welsh
# catalogue lacks it); every CharField in the portal refuses NUL with it.
gettext_noop("Null characters are not allowed.")


class NormalisedCharField(forms.CharField):
    """Names and free text in NFC, so "Siân" typed as "a" + a combining circumflex is stored,
    matched and searched as the one letter "â"."""

    def to_python(self, value):
        value = super().to_python(value)
        return unicodedata.normalize("NFC", value) if value else value


class ResetsHiddenValues:
    """A value the person cannot see or change must never stop them sending the form.

    `resettable` maps a hidden field's name to the value it takes when its own is invalid
    (a callable is given the form); the form is then checked again with that value, which is
    also what the page renders if other answers need correcting."""

    resettable = {}

    def full_clean(self):
        super().full_clean()
        bad = [name for name in self.resettable if name in (self._errors or {})]
        if not bad:
            return
        data = self.data.copy()
        for name in bad:
            value = self.resettable[name]
            data[self.add_prefix(name)] = value(self) if callable(value) else value
        self.data = data
        super().full_clean()


class SentByAPerson(forms.Form):
    """A public form's check for programs: a start time we signed (hidden) and a field people
    never see (the honeypot, "website"). Sent with the honeypot filled, without a start time of
    ours, or faster than MIN_SECONDS_TO_FILL, it `looks_automated`; the view then shows the
    form again with the answers kept, so a person only has to send it once more."""

    started_salt = "portal.form-started"
    started = forms.CharField(widget=forms.HiddenInput)
    website = forms.CharField(required=False, label=gettext_lazy("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.TimestampSigner(salt=self.started_salt).sign(
                str(timezone.now().timestamp()))

    def looks_automated(self):
        if self.data.get("website"):
            return True
        try:
            started = float(signing.TimestampSigner(salt=self.started_salt).unsign(
                self.data.get("started", "")))
        except (signing.BadSignature, ValueError):
            return True
        return timezone.now().timestamp() - started < MIN_SECONDS_TO_FILL

    def answers(self):
        """The answers sent, without the check's own values: the initial data to show again."""
        return {key: value for key, value in self.data.items()
                if key not in ("token", "started", "website", "csrfmiddlewaretoken")}

"""What every form in the portal shares: text kept in one Unicode form, values the person cannot
see that never block them, and Django's messages in Welsh where Django has none."""

import unicodedata

from django import forms
from django.utils.translation import gettext_noop

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

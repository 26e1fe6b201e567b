"""The event places form: staff choose the event by its title and date, not its key."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from cms.models import EventPage


def upcoming_events():
    pages = (EventPage.objects.filter(locale=Locale.get_default(),
                                      start_date__gte=timezone.localdate())
             .order_by("start_date", "start_time").defer_streamfields())
    return [(str(p.translation_key), f"{p.title} ({p.start_date:%d/%m/%Y})") for p in pages]


class EventPlacesForm(WagtailAdminModelForm):
    event_key = forms.TypedChoiceField(label=_("Event"), choices=upcoming_events,
                                       coerce=uuid.UUID)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        key = self.instance.event_key
        if key and str(key) not in dict(self.fields["event_key"].choices):
            self.fields["event_key"].choices = [(str(key), str(self.instance)),
                                                *self.fields["event_key"].choices]
        if key:
            self.initial["event_key"] = str(key)

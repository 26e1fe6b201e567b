"""Filters for the events listing: a plain GET form that works without JavaScript.

Every field is optional and a value that is not one of the choices is ignored (the rest still
apply), so a hand-edited or stale link never fails. Filtering happens in the database."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.bilingual import name_order
from directory.models import Agency, Region
from portal.languages import any_language

ONLINE, IN_PERSON = "online", "in-person"


class EventFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"), required=False)
    agency = forms.ChoiceField(label=_("Adoption agency"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the session"), required=False,
        choices=any_language(_("Any language")),
        help_text=_("Bilingual sessions are shown for either language."),
    )
    attend = forms.ChoiceField(
        label=_("Online or in person"), required=False,
        choices=[("", _("Either")), (ONLINE, _("Online")), (IN_PERSON, _("In person"))],
    )

    def __init__(self, data, events):
        """data: request.GET; events: the upcoming events the listing starts from."""
        super().__init__(data)
        self.regions = {r.slug: r for r in Region.objects.order_by(name_order())}
        # Voluntary agencies, and any other agency that runs an upcoming event here.
        self.agencies = {a.slug: a for a in Agency.objects.filter(
            Q(kind=Agency.VOLUNTARY) | Q(pk__in=events.filter(agency__isnull=False)
                                            .values("agency_id"))
        ).order_by(name_order())}
        self.fields["region"].choices = [("", _("All regions"))] + [
            (slug, region.name) for slug, region in self.regions.items()]
        self.fields["agency"].choices = [("", _("All agencies"))] + [
            (slug, agency.name) for slug, agency in self.agencies.items()]
        self.is_valid()  # fills cleaned_data with the fields whose values are valid

    def value(self, name):
        """The chosen (valid) value of a field, or ""."""
        return self.cleaned_data.get(name) or ""

    @property
    def chosen(self):
        """{field name: chosen value} for the template, "" where nothing valid was chosen."""
        return {name: self.value(name) for name in self.fields}

    @property
    def active(self):
        return any(self.value(name) for name in self.fields)

    def filter(self, events):
        if region := self.regions.get(self.value("region")):
            events = events.filter(region_id=region.pk)
        if agency := self.agencies.get(self.value("agency")):
            events = events.filter(agency_id=agency.pk)
        if language := self.value("language"):
            events = events.filter(session_language__in=[language, "bilingual"])
        if attend := self.value("attend"):
            events = events.filter(online=(attend == ONLINE))
        return events

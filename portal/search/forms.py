from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import ResetsHiddenValues
from portal.search.analysis import MAX_QUERY_LENGTH


class SearchForm(ResetsHiddenValues, forms.Form):
    # From links, not typed: a bad page number is the first page, an unknown topic all topics.
    resettable = {"page": "", "topic": ""}

    q = forms.CharField(
        label=_("Search Adopt Cymru"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "max_length": _("Search for %(limit_value)d characters or fewer")
        },
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.sections = {slug: path for slug, _title, path in sections}
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (slug, title) for slug, title, _path in sections
        ]

    def section_path(self) -> str:
        return self.sections.get(self.cleaned_data.get("topic") or "", "")

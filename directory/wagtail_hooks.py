from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import (
    Agency,
    LocalAuthority,
    NextStep,
    OutsideWalesService,
    Region,
    RegionCoverage,
)

NAMES = FieldRowPanel([FieldPanel("name_en"), FieldPanel("name_cy")])
# The pack and the steps, English beside Welsh (docs/information-pack.md).
PACK = [
    MultiFieldPanel([FieldRowPanel([FieldPanel("information_pack"),
                                    FieldPanel("information_pack_cy")])],
                    heading=_("Information pack")),
    InlinePanel("next_steps", heading=_("What happens next"), label=_("step"),
                help_text=_("Leave empty to show the national steps. The first-response "
                            "promise, with its date, is always shown first.")),
]


class RegionViewSet(SnippetViewSet):
    model = Region
    list_display = ["name_en", "name_cy", "email", "first_response_days"]
    panels = [FieldPanel("slug"), NAMES, FieldPanel("email"), FieldPanel("phone"),
              FieldPanel("first_response_days"), *PACK]


class LocalAuthorityViewSet(SnippetViewSet):
    model = LocalAuthority
    list_display = ["name_en", "name_cy", "gss_code"]


class CoverageViewSet(SnippetViewSet):
    model = RegionCoverage
    list_display = ["local_authority", "region", "effective_from", "effective_to"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    list_display = ["name_en", "name_cy", "kind", "accepts_enquiries"]
    panels = [FieldPanel("slug"), NAMES, FieldPanel("kind"), FieldPanel("accepts_enquiries"),
              FieldPanel("email"), FieldPanel("website"), *PACK]


class NationalStepViewSet(SnippetViewSet):
    """The steps shown for a service with none of its own; drag the rows to reorder."""

    model = NextStep
    menu_label = _("What happens next")
    list_display = ["title_en", "title_cy"]
    panels = NextStep.panels

    def get_queryset(self, request):
        return NextStep.objects.national()


class OutsideWalesServiceViewSet(SnippetViewSet):
    model = OutsideWalesService
    list_display = ["name_en", "name_cy", "nation", "url", "order"]
    list_filter = ["nation"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "table"
    items = (RegionViewSet, LocalAuthorityViewSet, CoverageViewSet, AgencyViewSet,
             NationalStepViewSet, OutsideWalesServiceViewSet)


register_snippet(ReferenceDataGroup)

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import Agency, LocalAuthority, OutsideWalesService, Region, RegionCoverage


class RegionViewSet(SnippetViewSet):
    model = Region
    list_display = ["name_en", "name_cy", "email", "first_response_days"]


class LocalAuthorityViewSet(SnippetViewSet):
    model = LocalAuthority
    list_display = ["name_en", "name_cy", "gss_code"]


class CoverageViewSet(SnippetViewSet):
    model = RegionCoverage
    list_display = ["local_authority", "region", "effective_from", "effective_to"]


class AgencyViewSet(SnippetViewSet):
    model = Agency
    list_display = ["name_en", "name_cy", "kind", "accepts_enquiries"]


class OutsideWalesServiceViewSet(SnippetViewSet):
    model = OutsideWalesService
    list_display = ["name_en", "name_cy", "nation", "url", "order"]
    list_filter = ["nation"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "table"
    items = (RegionViewSet, LocalAuthorityViewSet, CoverageViewSet, AgencyViewSet,
             OutsideWalesServiceViewSet)


register_snippet(ReferenceDataGroup)

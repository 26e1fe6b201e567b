from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from enquiries import access
from enquiries.models import Agency, LocalAuthority, Region, RegionCoverage


@hooks.register("insert_global_admin_css")
def staff_css():
    return format_html('<link rel="stylesheet" href="{}">', static("enquiries/staff.css"))


@hooks.register("register_admin_urls")
def register_enquiry_urls():
    return [path("enquiries/", include("enquiries.staff.urls"))]


class StaffMenuItem(MenuItem):
    """Shown to those whose role and staff profile let them use the screen behind it."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return access.may(request.user, self.permission)


@hooks.register("register_admin_menu_item")
def register_enquiries_menu_item():
    return StaffMenuItem(_("Enquiries"), reverse("enquiries_staff:list"), icon_name="mail",
                         order=150, permission="enquiries.view_enquiry")


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


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "table"
    items = (RegionViewSet, LocalAuthorityViewSet, CoverageViewSet, AgencyViewSet)


register_snippet(ReferenceDataGroup)


@hooks.register("register_admin_urls")
def register_audit_urls():
    from enquiries.staff import audit_report

    return [path("audit/", audit_report.index, name="enquiries_audit"),
            path("audit/results/", audit_report.results, name="enquiries_audit_results")]


@hooks.register("register_reports_menu_item")
def register_audit_menu_item():
    return StaffMenuItem(_("Audit trail"), reverse("enquiries_audit"), name="audit-trail",
                         icon_name="history", order=1050,
                         permission="enquiries.view_auditentry")

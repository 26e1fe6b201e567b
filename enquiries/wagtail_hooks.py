from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from enquiries.dashboard.views import dashboard
from portal.staff_menu import StaffMenuItem


@hooks.register("insert_global_admin_css")
def staff_css():
    return format_html('<link rel="stylesheet" href="{}">', static("enquiries/staff.css"))


@hooks.register("register_admin_urls")
def register_enquiry_urls():
    return [path("enquiries/", include("enquiries.staff.urls"))]


@hooks.register("register_admin_menu_item")
def register_enquiries_menu_item():
    from enquiries.staff.menu import EnquiriesMenuItem

    return EnquiriesMenuItem(_("Enquiries"), reverse("enquiries_staff:list"), name="enquiries",
                             icon_name="mail", order=150, permission="enquiries.view_enquiry")


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("demand/", dashboard, name="enquiries_dashboard")]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return StaffMenuItem(_("Demand dashboard"), reverse("enquiries_dashboard"),
                         icon_name="table", order=170, permission="enquiries.view_dashboard")


@hooks.register("register_admin_urls")
def register_own_pack_url():
    from enquiries.staff import packs

    return [path("information-pack/", packs.own_pack, name="own_information_pack")]


@hooks.register("register_admin_menu_item")
def register_own_pack_menu_item():
    return StaffMenuItem(_("Our information pack"), reverse("own_information_pack"),
                         icon_name="doc-full", order=175, permission="directory.attach_own_pack")


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

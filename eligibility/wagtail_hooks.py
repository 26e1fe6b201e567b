from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.staff_menu import StaffMenuItem


@hooks.register("register_admin_urls")
def register_check_count_urls():
    from eligibility import report

    return [path("reports/check-counts/", report.index, name="eligibility_check_counts"),
            path("reports/check-counts/results/", report.results,
                 name="eligibility_check_counts_results")]


@hooks.register("register_reports_menu_item")
def register_check_count_menu_item():
    from eligibility.report import PERMISSION

    return StaffMenuItem(_("Finished checks"), reverse("eligibility_check_counts"),
                         name="check-counts", icon_name="table", order=1100,
                         permission=PERMISSION)

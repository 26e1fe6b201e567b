from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from campaigns.dashboard.views import dashboard
from enquiries.staff.access import staff_region


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("demand/", dashboard, name="campaigns_dashboard")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return staff_region(request.user)[0]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return StaffMenuItem(_("Demand dashboard"), reverse("campaigns_dashboard"),
                         icon_name="table", order=160)

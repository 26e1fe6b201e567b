from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from campaigns.dashboard.views import dashboard
from enquiries.wagtail_hooks import StaffMenuItem


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("demand/", dashboard, name="campaigns_dashboard")]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return StaffMenuItem(_("Demand dashboard"), reverse("campaigns_dashboard"),
                         icon_name="table", order=160, permission="enquiries.view_dashboard")

"""A Wagtail admin menu item for a staff screen, shown only to those who may use the screen.

Who may is the staff access policy's question (a role and a staff profile). The policy is
named by the STAFF_ACCESS_POLICY setting, so every app can add staff menu items without
importing the app that keeps staff profiles."""

from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.admin.menu import MenuItem


class StaffMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        may = import_string(settings.STAFF_ACCESS_POLICY)
        return may(request.user, self.permission)

from wagtail.users.apps import WagtailUsersAppConfig


class StaffUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the portal's user and group screens (enquiries.staff.users)."""

    user_viewset = "enquiries.staff.users.StaffUserViewSet"
    group_viewset = "enquiries.staff.users.StaffGroupViewSet"

    def ready(self):
        from enquiries.staff import users  # noqa: F401 (registers the bounded bulk actions)

"""Campaigns are published by approving "Campaign sign-off", never directly: only
administrators may publish a campaign page, its translation, or a new campaign in one go.
Wagtail asks the page's permission tester for every way to publish (the action menu, the edit
and create views, bulk actions, wagtail-localize's translation editor), so this is the one
place that says so. Approving the workflow's last task publishes whatever the approver's role."""

from functools import cached_property

from wagtail.models import PagePermissionTester

ADMINISTRATORS = "Administrators"


class _SignOffOnly(PagePermissionTester):
    @cached_property
    def publishes_directly(self):
        return self.user.is_active and (
            self.user.is_superuser or self.user.groups.filter(name=ADMINISTRATORS).exists())


class CampaignPermissions(_SignOffOnly):
    def can_publish(self):
        return super().can_publish() and self.publishes_directly


class CampaignIndexPermissions(_SignOffOnly):
    """The index itself publishes as any page; a campaign created beneath it does not."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and self.publishes_directly

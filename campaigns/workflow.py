"""The "Campaign sign-off" workflow: marketing review, then the Welsh language check.

Each language's campaign page goes through it (the Welsh page is edited in wagtail-localize's
translation editor and submitted like any other). Approving the last task publishes that page;
the campaign itself goes live only when every language's page is published (models.py).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

NAME = "Campaign sign-off"
TASKS = [("Marketing review", "Campaign reviewers"),
         ("Welsh language check", "Welsh language reviewers")]


def sign_off_workflow() -> Workflow:
    """The workflow and its groups, created on first use."""
    workflow, created = Workflow.objects.get_or_create(name=NAME)
    if created or not WorkflowTask.objects.filter(workflow=workflow).exists():
        access = Permission.objects.get(codename="access_admin")
        for order, (task_name, group_name) in enumerate(TASKS):
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(access)
            task, _ = GroupApprovalTask.objects.get_or_create(name=task_name)
            task.groups.add(group)
            # A ParentalKey: the related manager would only add it in memory.
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def assign(index_page) -> None:
    """Campaigns under this index go through sign-off; reviewers may edit and publish them
    (approving the last task publishes as the approver)."""
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": sign_off_workflow()})
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"])
    for _task, group_name in TASKS:
        group = Group.objects.get(name=group_name)
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=index_page, permission=permission)

""""Campaign sign-off": each language's campaign page has its own check, on that page.

- English pages: *Marketing review*, by the Campaign reviewers group.
- Welsh pages: *Welsh language check*, by the Translators group, on the Welsh page itself
  (translated in wagtail-localize's editor and submitted from it).

Approving a page's check publishes that page. Nobody but administrators publishes a campaign
directly (permissions.py), and a campaign is public only once every language's page is live
with its own language's text (models.py): the second approval puts both languages up at once.
A rejection goes back to whoever submitted that page, with the reviewer's comment (Wagtail's
own notification).
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

# language: (workflow name, [(task name, group)]). The names are stored in English and shown
# in the admin's language where we show them (cms/sign_off.py).
WORKFLOWS = {
    "en": (gettext_noop("Campaign sign-off"),
           [(gettext_noop("Marketing review"), "Campaign reviewers")]),
    "cy": (gettext_noop("Campaign sign-off in Welsh"),
           [(gettext_noop("Welsh language check"), "Translators")]),
}
NAME = WORKFLOWS["en"][0]


def tasks_for(language: str):
    return WORKFLOWS.get(language, WORKFLOWS["en"])[1]


def sign_off_workflow(language: str = "en") -> Workflow:
    """That language's workflow and its groups, created on first use."""
    name, tasks = WORKFLOWS.get(language, WORKFLOWS["en"])
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created or not WorkflowTask.objects.filter(workflow=workflow).exists():
        access = Permission.objects.get(codename="access_admin")
        for order, (task_name, group_name) in enumerate(tasks):
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(access)
            task, _ = GroupApprovalTask.objects.get_or_create(name=task_name)
            task.groups.add(group)
            # A ParentalKey: the related manager would only add it in memory.
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def assign(index_page) -> None:
    """Campaigns under this index go through its language's sign-off; the reviewers may edit
    them (approving publishes; they do not publish directly)."""
    language = index_page.locale.language_code
    WorkflowPage.objects.update_or_create(
        page=index_page, defaults={"workflow": sign_off_workflow(language)})
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    for _task, group_name in tasks_for(language):
        GroupPagePermission.objects.get_or_create(
            group=Group.objects.get(name=group_name), page=index_page, permission=change)

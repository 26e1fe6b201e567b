"""Sign-off per language (campaigns/workflow.py): the English workflow keeps only *Marketing
review*; Welsh campaign indexes get *Campaign sign-off in Welsh* (*Welsh language check* by
Translators); reviewers lose their direct publish permission on campaign indexes."""

from django.db import migrations

OLD_WELSH_TASK = "Welsh language check"
OLD_GROUPS = ["Campaign reviewers", "Welsh language reviewers"]


def forwards(apps, schema_editor):
    get = apps.get_model
    Workflow, WorkflowTask = get("wagtailcore", "Workflow"), get("wagtailcore", "WorkflowTask")
    WorkflowPage, Task = get("wagtailcore", "WorkflowPage"), get("wagtailcore", "GroupApprovalTask")
    Group, Permission = get("auth", "Group"), get("auth", "Permission")
    GroupPagePermission = get("wagtailcore", "GroupPagePermission")
    Index = get("campaigns", "CampaignIndexPage")
    english = Workflow.objects.filter(name="Campaign sign-off").first()
    if english is None:
        return  # made on first use, per language, by campaigns.workflow
    WorkflowTask.objects.filter(workflow=english, task__name=OLD_WELSH_TASK).delete()
    welsh, _ = Workflow.objects.get_or_create(name="Campaign sign-off in Welsh")
    task, _ = Task.objects.get_or_create(name=OLD_WELSH_TASK)
    translators, _ = Group.objects.get_or_create(name="Translators")
    task.groups.set([translators])
    WorkflowTask.objects.get_or_create(workflow=welsh, task_id=task.pk,
                                       defaults={"sort_order": 0})
    publish = Permission.objects.filter(content_type__app_label="wagtailcore",
                                        codename="publish_page")
    change = Permission.objects.get(content_type__app_label="wagtailcore",
                                    codename="change_page")
    for index in Index.objects.select_related("locale"):
        GroupPagePermission.objects.filter(page_id=index.pk, group__name__in=OLD_GROUPS,
                                           permission__in=publish).delete()
        if index.locale.language_code == "cy":
            WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": welsh})
            GroupPagePermission.objects.get_or_create(group=translators, page_id=index.pk,
                                                      permission=change)


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0002_image_labels_and_social_alt")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

"""Sign-off from wagtail-localize's translation editor. The editor offers only "Publish" and
"Save draft", so a translated page under a workflow (a campaign's Welsh page) could never be
submitted to it, nor its check done there. The editor's template (our override) shows a panel:
submit the latest draft to the page's workflow, or, for whoever may act on the current task,
approve or request changes with a comment (through Wagtail's own workflow action URL).
Workflow and task names are data; the panel shows them in the admin's language when the
catalogue has them (campaigns/workflow.py marks its names for translation)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

SUBMIT = "sign-off-submit"
# Wagtail's labels for a task's actions, which its Welsh catalogue lacks: ours has them, and
# LOCALE_PATHS comes first, so Wagtail's own gettext finds the Welsh.
WAGTAIL_ACTION_LABELS = [gettext_noop("Approve"), gettext_noop("Approve with comment"),
                         gettext_noop("Request changes")]


def submit_from_translation_editor(request, page):
    """The `before_edit_page` hook, ahead of wagtail-localize's: None unless it is our POST."""
    if request.method != "POST" or SUBMIT not in request.POST:
        return None
    page = page.specific
    workflow, perms = page.get_workflow(), page.permissions_for_user(request.user)
    state = page.current_workflow_state
    if workflow is None or not perms.can_edit() or not perms.can_submit_for_moderation():
        messages.error(request, _("This page cannot be submitted for sign-off now."))
    else:
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            state.resume(request.user)  # after a request for changes, as Wagtail's edit view does
        else:
            workflow.start(page, request.user)
        messages.success(request, _("Submitted to “%(workflow)s”.") % {
            "workflow": _(workflow.name)})
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def panel(page, user):
    """What the sign-off panel shows `user` on `page`'s translation editor (None: no panel)."""
    page = page.specific
    workflow = page.get_workflow()
    if workflow is None:
        return None
    state = page.current_workflow_state
    if state is None or state.status == state.STATUS_NEEDS_CHANGES:
        perms = page.permissions_for_user(user)
        rejected = state.current_task_state if state is not None else None
        return {"workflow_name": _(workflow.name), "can_submit": perms.can_edit()
                and perms.can_submit_for_moderation(), "submit": SUBMIT,
                "changes_requested": rejected,
                "rejected_task_name": _(rejected.task.name) if rejected else ""}
    task_state = state.current_task_state
    task = task_state.task.specific
    actions = [{"label": label, "needs_comment": modal,
                "url": reverse("wagtailadmin_pages:workflow_action",
                               args=[page.pk, name, task_state.pk])}
               for name, label, modal in task.get_actions(page, user)]
    return {"workflow_name": _(workflow.name), "task_name": _(task.name), "actions": actions}

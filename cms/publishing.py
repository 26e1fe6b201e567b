"""What approving a workflow's last task does (settings.WAGTAIL_FINISH_WORKFLOW_ACTION):
publish the approved revision. Wagtail's own action publishes as the approver and so asks
whether they may publish directly; for a campaign only administrators may
(campaigns/permissions.py), and approval is exactly the permission a reviewer has."""


def publish_approved(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)

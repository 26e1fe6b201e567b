"""Campaign pages go through "Campaign sign-off": marketing review, then the Welsh check.
Approving both tasks publishes that language's page; the campaign shows only once both are."""

import pytest
from django.contrib.auth.models import Group, User

from campaigns import workflow
from campaigns.models import CampaignIndexPage, CampaignPage
from tests.factories.pages import campaign_page, locale
from tests.helpers import with_mfa

pytestmark = pytest.mark.django_db


def member(group_name):
    user = User.objects.create_user(f"{group_name[:8]}-reviewer", password="x" * 16)
    user.groups.add(Group.objects.get(name=group_name))
    with_mfa(user)
    return user


def test_every_campaign_index_in_every_language_gets_the_sign_off_workflow():
    index = campaign_page("test-week").get_parent()
    indexes = CampaignIndexPage.objects.filter(translation_key=index.translation_key)
    assert {i.locale.language_code for i in indexes} == {"en", "cy"}
    for index in indexes:
        assert index.get_workflow().name == workflow.NAME
    tasks = [t.name for t in workflow.sign_off_workflow().tasks]
    assert tasks == ["Marketing review", "Welsh language check"]


def test_both_approvals_publish_a_language_and_both_languages_make_it_live(client):
    page = campaign_page("winter-2027", welsh_live=False)
    welsh = CampaignPage.objects.get(pk=page.get_translation(locale("cy")).pk)
    welsh.intro = "Fersiwn newydd"
    revision = welsh.save_revision()
    editor = User.objects.create_superuser("editor", "editor@example.org", "x" * 16)
    state = welsh.get_workflow().start(welsh, editor)
    assert client.get(page.url).status_code == 404

    for task_name, group in workflow.TASKS:
        reviewer = member(group)
        task_state = state.current_task_state
        assert task_state.task.name == task_name
        task_state.task.specific.on_action(task_state, reviewer, "approve")
        state.refresh_from_db()

    welsh.refresh_from_db()
    assert welsh.live and welsh.live_revision_id == revision.pk
    assert client.get(page.url).status_code == 200
    assert client.get(welsh.url).status_code == 200

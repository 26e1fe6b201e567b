"""Campaign pages go through sign-off, and nobody but administrators publishes one directly.
English pages: marketing review by Campaign reviewers; Welsh pages: the Welsh language check by
Translators, on the Welsh page. Each approval publishes its page; the campaign is public once
both are, so the second approval puts both languages up together. A rejection goes back to the
page's author with the comment."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from campaigns import workflow
from campaigns.models import CampaignIndexPage, CampaignPage
from tests.campaigns.test_real_welsh import translate_in_localize
from tests.factories.pages import campaign_page, locale
from tests.staff import ADMINISTRATOR, MARKETING, TRANSLATOR, make_staff

pytestmark = pytest.mark.django_db


def reviewer():
    user = make_staff(MARKETING)
    user.groups.add(Group.objects.get(name="Campaign reviewers"))
    return user


def submit(page, author, text):
    """`author` changes `page` and submits it, as the edit view's "Submit" does."""
    page.intro = text
    page.save_revision(user=author)
    return page.get_workflow().start(page, author)


def act(state, user, action, **kwargs):
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, action, **kwargs)
    state.refresh_from_db()


def test_each_language_has_its_own_check():
    index = campaign_page("test-week").get_parent()
    for page in CampaignIndexPage.objects.filter(translation_key=index.translation_key):
        language = page.locale.language_code
        tasks = page.get_workflow().tasks.specific()
        assert [t.name for t in tasks] == [name for name, _g in workflow.tasks_for(language)]
        assert [g.name for g in tasks[0].groups.all()] == (
            ["Campaign reviewers"] if language == "en" else [TRANSLATOR])


def test_the_second_approval_puts_both_languages_up_together(client):
    page = campaign_page("winter-2027", live=False)
    welsh = CampaignPage.objects.get(pk=page.get_translation(locale("cy")).pk)
    author = make_staff(MARKETING)

    english_state = submit(page, author, "New English")
    act(english_state, reviewer(), "approve")
    page.refresh_from_db()
    assert page.live and english_state.status == "approved"
    assert client.get(page.url).status_code == 404  # English alone is not a campaign

    welsh_state = submit(welsh, make_staff(TRANSLATOR), "Fersiwn newydd")
    act(welsh_state, make_staff(TRANSLATOR), "approve")
    welsh.refresh_from_db()
    assert welsh.live and welsh.intro == "Fersiwn newydd"
    assert client.get(page.url).status_code == 200
    assert client.get(welsh.url).status_code == 200


def test_a_rejected_welsh_check_goes_back_to_its_author_with_the_comment(client):
    page = campaign_page("spring-2028", welsh_live=False)
    welsh = CampaignPage.objects.get(pk=page.get_translation(locale("cy")).pk)
    author = make_staff(TRANSLATOR)
    state = submit(welsh, author, "Fersiwn gyntaf")
    mail.outbox.clear()
    act(state, make_staff(TRANSLATOR), "reject", comment="Treiglad ar goll yn y pennawd")
    welsh.refresh_from_db()
    assert state.status == "needs_changes" and not welsh.live
    assert not page.workflow_states.exists()  # the English page is not touched
    to_author = [m for m in mail.outbox if author.email in m.to]
    assert to_author and "Treiglad ar goll yn y pennawd" in to_author[0].body


def test_an_editor_is_not_offered_publish_and_cannot_publish_directly(client):
    page = campaign_page("summer-2028", live=False)
    editor = make_staff(MARKETING)  # may publish every other kind of page
    client.force_login(editor)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = client.get(edit).content.decode()
    assert 'name="action-publish"' not in form and 'name="action-submit"' in form

    assert not page.permissions_for_user(editor).can_publish()  # the edit view asks this
    assert page.permissions_for_user(make_staff(ADMINISTRATOR)).can_publish()

    new = reverse("wagtailadmin_pages:add",
                  args=["campaigns", "campaignpage", page.get_parent().pk])
    assert 'name="action-publish"' not in client.get(new).content.decode()


def test_only_an_administrator_publishes_from_the_translation_editor(
        client, django_capture_on_commit_callbacks):
    page = campaign_page("autumn-2028", welsh=False)
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[welsh.pk])

    client.force_login(make_staff(TRANSLATOR))
    assert client.get(edit).status_code == 200  # the translation editor
    refused = client.post(edit, {"action": "publish"})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's refusal
    welsh.refresh_from_db()
    assert not welsh.live

    client.force_login(make_staff(ADMINISTRATOR))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit, {"action": "publish"})
    welsh.refresh_from_db()
    assert welsh.live


def test_the_welsh_check_is_done_in_the_translation_editor(
        client, django_capture_on_commit_callbacks):
    """A translator saves the Welsh draft, submits it from the editor; another translator sees
    the check there and approves it; the campaign goes live in both languages."""
    page = campaign_page("new-year-2029", welsh=False)
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    assert client.get(page.url).status_code == 404

    client.force_login(make_staff(TRANSLATOR))
    editor = client.get(edit).content.decode()
    assert 'name="sign-off-submit"' in editor and "js-translation-editor" in editor
    client.post(edit, {"sign-off-submit": "1"})
    welsh.refresh_from_db()
    assert welsh.workflow_in_progress

    client.force_login(make_staff(TRANSLATOR))
    editor = client.get(edit).content.decode()
    assert "Welsh language check" in editor
    approve = reverse("wagtailadmin_pages:workflow_action", args=[
        welsh.pk, "approve", welsh.current_workflow_state.current_task_state.pk])
    assert f'action="{approve}"' in editor
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {})
    welsh.refresh_from_db()
    assert welsh.live and not welsh.workflow_in_progress
    assert client.get(page.url).status_code == 200
    assert client.get(welsh.url).status_code == 200


def test_after_a_request_for_changes_the_translator_resubmits_from_the_editor(
        client, django_capture_on_commit_callbacks):
    page = campaign_page("spring-2029", welsh=False)
    welsh = translate_in_localize(page, django_capture_on_commit_callbacks, publish=False)
    edit = reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    client.force_login(make_staff(TRANSLATOR))
    client.post(edit, {"sign-off-submit": "1"})
    welsh.refresh_from_db()
    act(welsh.current_workflow_state, make_staff(TRANSLATOR), "reject",
        comment="Mae angen treiglad")

    editor = client.get(edit).content.decode()
    assert "Mae angen treiglad" in editor and 'name="sign-off-submit"' in editor
    client.post(edit, {"sign-off-submit": "1"})  # the same sign-off, resumed
    welsh.refresh_from_db()
    state = welsh.current_workflow_state
    assert state.status == "in_progress" and welsh.workflow_states.count() == 1

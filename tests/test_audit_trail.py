"""The audit trail can be trusted: every screen showing people writes entries (recent calls and
the callback queue too), a search leaves a trace even when it finds nothing, the actor's name
outlives their account, and nothing can change or delete an entry."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from enquiries.models import AuditEntry, Contact
from helpline.models import Callback, Interaction
from tests.staff import AGENT, make_staff

pytestmark = pytest.mark.django_db


def test_recent_calls_and_the_callback_queue_are_audited(client):
    call = Interaction.objects.create(from_number="+447400111000", status="in-progress")
    callback = Callback.objects.create(phone="+447400111000", due_at=timezone.now())
    agent = make_staff(AGENT)
    client.force_login(agent)
    assert "07400 111000" in client.get("/admin/helpline/").content.decode()
    client.get("/admin/helpline/callbacks/")
    seen = set(AuditEntry.objects.filter(user=agent).values_list("action", "object_type",
                                                                 "object_id"))
    assert {("list", "interaction", str(call.pk)), ("list", "callback", str(callback.pk))} <= seen


def test_a_search_that_finds_nothing_leaves_a_trace(client):
    agent = make_staff(AGENT)
    client.force_login(agent)
    client.get("/admin/helpline/", {"q": "Nobody Atall"})
    entry = AuditEntry.objects.get(user=agent, action="search")
    assert (entry.hits, entry.detail, entry.actor) == (0, "Nobody Atall", agent.username)
    Contact.objects.create(first_name="Gwen", last_name="Atall")
    client.get("/admin/helpline/", {"q": "Atall"})
    assert AuditEntry.objects.filter(user=agent, action="search", hits=1).exists()


def test_the_actor_is_kept_after_their_account_is_deleted(client):
    agent = make_staff(AGENT)
    client.force_login(agent)
    client.get("/admin/helpline/", {"q": "x"})
    name, pk = agent.username, agent.pk
    client.logout()
    User.objects.get(pk=pk).delete()
    entry = AuditEntry.objects.get(action="search", detail="x")
    assert (entry.actor, entry.user_id) == (name, pk)


def entry():
    return AuditEntry.objects.create(actor="someone", action="view", object_type="contact",
                                     object_id="1")


@pytest.mark.parametrize("attempt", [
    lambda e: e.save(),
    lambda e: e.delete(),
    lambda e: AuditEntry.objects.filter(pk=e.pk).update(actor="nobody"),
    lambda e: AuditEntry.objects.filter(pk=e.pk).delete(),
    lambda e: AuditEntry.objects.all().delete(),
    lambda e: AuditEntry.objects.bulk_update([e], ["actor"]),
], ids=["save", "delete", "update", "queryset-delete", "delete-all", "bulk-update"])
def test_the_orm_refuses_to_change_or_delete_an_entry(attempt):
    e = entry()
    e.actor = "nobody"
    with pytest.raises(PermissionDenied, match="cannot be changed or deleted"):
        attempt(e)
    assert AuditEntry.objects.get(pk=e.pk).actor == "someone"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize("sql", ["UPDATE enquiries_auditentry SET actor = 'nobody' WHERE id = %s",
                                 "DELETE FROM enquiries_auditentry WHERE id = %s"])
def test_postgresql_refuses_update_and_delete_in_sql(sql):
    e = entry()
    with pytest.raises(DatabaseError, match="cannot be changed or deleted"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [e.pk])
    assert AuditEntry.objects.get(pk=e.pk).actor == "someone"

"""The contacts, calls and callbacks listings: walled, searchable, ordered, audited."""

import datetime
import re

import pytest
from django.utils import timezone

from enquiries.models import AuditEntry
from helpline.models import Callback, Interaction
from tests.factories import people
from tests.staff import AGENT, make_staff

pytestmark = pytest.mark.django_db


def names(client, url):
    html = client.get(url).content.decode()
    return re.findall(r'<a href="/admin/helpline/contacts/\d+/">\s*([^<]+?)\s*</a>', html)


@pytest.fixture
def agent(client):
    user = make_staff(AGENT, region="north-wales")
    client.force_login(user)
    return user


def test_contacts_are_found_by_name_phone_and_reference_inside_the_wall(client, agent):
    mine = people.enquiry("north-wales", first_name="Siân", last_name="Llŷr",
                          phone="07400 765432")
    people.enquiry("western-bay", first_name="Siân", last_name="Llŷr")
    assert names(client, "/admin/helpline/contacts/?q=sian") == ["Siân Llŷr"]
    assert names(client, "/admin/helpline/contacts/?q=447400765432") == ["Siân Llŷr"]
    bare = mine.reference.replace("-", "").lower()
    assert names(client, f"/admin/helpline/contacts/?q={bare}") == ["Siân Llŷr"]
    html = client.get("/admin/helpline/contacts/?q=sian").content.decode()
    assert "07400 765432" in html  # national format
    assert AuditEntry.objects.filter(user=agent, action="search", object_type="contact").exists()


def test_calls_listing_is_walled_and_searchable_by_number(client, agent):
    mine = people.enquiry("north-wales", first_name="Ifan", last_name="Rhys")
    theirs = people.enquiry("western-bay", first_name="Ifan", last_name="Rhys")
    Interaction.objects.create(contact=mine.contact, region=mine.region,
                               from_number="+447400765432")
    Interaction.objects.create(contact=theirs.contact, region=theirs.region,
                               from_number="+447400765432")
    assert len(names(client, "/admin/helpline/calls/?q=07400+765432")) == 1
    assert names(client, "/admin/helpline/calls/?q=ifan") == ["Ifan Rhys"]


def test_callbacks_soonest_and_overdue_first_with_the_last_result(client, agent):
    enquiry = people.enquiry("north-wales", first_name="Megan", last_name="Pryderi")
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    later = Callback.objects.create(contact=enquiry.contact, region=enquiry.region,
                                    phone="+447400765432", due_at=now + 3 * hour)
    late = Callback.objects.create(contact=enquiry.contact, region=enquiry.region,
                                   phone="+447400111222", due_at=now - 2 * hour,
                                   attempts=1, result="No answer, left a message")
    Callback.objects.create(contact=enquiry.contact, region=enquiry.region, phone="+447400333444",
                            due_at=now - datetime.timedelta(days=2), completed_at=now)
    html = client.get("/admin/helpline/callbacks/").content.decode()
    assert html.index("07400 111222") < html.index("07400 765432")
    assert "07400 333444" not in html  # done: not in the queue
    assert "No answer, left a message" in html
    assert html.count("Overdue</strong>") == 1
    assert f'/admin/helpline/contacts/{enquiry.contact_id}/' in html
    assert "07400 333444" in client.get("/admin/helpline/callbacks/?state=done").content.decode()
    listed = set(AuditEntry.objects.filter(user=agent, action="list", object_type="callback")
                 .values_list("object_id", flat=True))
    assert {str(late.pk), str(later.pk)} <= listed


def test_play_voicemail_only_when_there_is_a_recording(client, agent):
    enquiry = people.enquiry("north-wales")
    call = Interaction.objects.create(kind="voicemail", contact=enquiry.contact,
                                      region=enquiry.region,
                                      recording_url="https://api.twilio.com/r/RE1")
    Callback.objects.create(contact=enquiry.contact, region=enquiry.region, interaction=call,
                            phone="+447400765432", due_at=timezone.now())
    html = client.get("/admin/helpline/callbacks/").content.decode()
    assert "api.twilio.com" not in html  # never the provider's URL
    try:
        from django.urls import reverse
        url = reverse("helpline_staff:recording", args=[call.pk])
    except Exception:
        assert "Play voicemail" not in html
    else:
        assert url in html and "Play voicemail" in html

"""Staff screens cost the same number of queries however many records they show, so an N+1
cannot creep in: each screen is measured with a few records and with many more."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import LocalAuthority
from enquiries.intake import NewEnquiry, receive
from enquiries.models import AuditEntry, Contact, PossibleMatch
from helpline.models import Callback, Interaction
from tests.staff import AGENT, MANAGER, REGIONAL, make_staff

pytestmark = pytest.mark.django_db

CONWY = "W06000002"


def add_records(person, count):
    """`count` more enquiries, calls, callbacks and possible matches around one person."""
    council = LocalAuthority.objects.get(gss_code=CONWY)
    for i in range(count):
        enquiry = receive(NewEnquiry(first_name=person.first_name, last_name=person.last_name,
                                     email=f"p{uuid.uuid4().hex[:6]}@example.org", language="cy",
                                     interest="adopting", contact_method="email",
                                     local_authority=council, contact=person))
        Interaction.objects.create(contact=person, region=enquiry.region, notes=f"Call {i}",
                                   from_number="+447400100100",
                                   twilio_sid=f"CA{uuid.uuid4().hex}")  # a call to the line
        Callback.objects.create(contact=person, region=enquiry.region, phone="+447400100100",
                                due_at=timezone.now())
        other = Contact.objects.create(first_name=f"Other{i}", last_name=person.last_name)
        PossibleMatch.objects.create(new=other, existing=person, shared="email")
        AuditEntry.objects.create(actor="someone", action="view", object_type="contact",
                                  object_id=str(person.pk), contact_id=person.pk)


SCREENS = {
    "enquiry queue": (REGIONAL, lambda p: "/admin/enquiries/"),
    "enquiry queue searched": (REGIONAL, lambda p: "/admin/enquiries/?q=pryderi&status=new"),
    "enquiry queue results": (REGIONAL, lambda p: "/admin/enquiries/results/?overdue=1"),
    "enquiry export": (REGIONAL, lambda p: "/admin/enquiries/export.csv"),
    "enquiry export xlsx": (REGIONAL, lambda p: "/admin/enquiries/?export=xlsx"),
    "contacts listing": (AGENT, lambda p: "/admin/helpline/contacts/?q=megan"),
    "calls listing": (AGENT, lambda p: "/admin/helpline/calls/"),
    "enquiry": (REGIONAL, lambda p: f"/admin/enquiries/{p.enquiries.first().pk}/"),
    "contact": (AGENT, lambda p: f"/admin/helpline/contacts/{p.pk}/"),
    "helpline search": (AGENT, lambda p: f"/admin/helpline/?q={p.last_name}"),
    "callback queue": (AGENT, lambda p: "/admin/helpline/callbacks/"),
    "callback queue searched": (AGENT, lambda p: "/admin/helpline/callbacks/?q=07400100100"),
    "live calls": (AGENT, lambda p: "/admin/helpline/live/calls/"),
    "possible matches": (AGENT, lambda p: "/admin/helpline/possible-matches/"),
    "audit trail": (MANAGER, lambda p: "/admin/audit/"),
    "demand dashboard": (MANAGER, lambda p: "/admin/demand/"),
    "regional demand dashboard": (REGIONAL, lambda p: "/admin/demand/?period=week"),
}


def queries(client, url):
    # Listings' results fragments are what Wagtail's script fetches.
    headers = {"x-requested-with": "XMLHttpRequest"} if "/results/" in url else {}
    client.get(url, headers=headers)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("screen", SCREENS)
def test_queries_do_not_grow_with_the_records_shown(client, screen):
    role, url = SCREENS[screen]
    person = Contact.objects.create(first_name="Megan", last_name="Pryderi")
    add_records(person, 2)
    client.force_login(make_staff(role, region="north-wales" if role == REGIONAL else None))
    few = queries(client, url(person))
    add_records(person, 10)
    assert queries(client, url(person)) == few

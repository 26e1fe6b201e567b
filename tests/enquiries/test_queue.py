"""The enquiry queue: search, ordering, overdue marking, filters, bulk actions and export, all
inside the user's wall."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from enquiries import finding
from enquiries.models import AuditEntry, Enquiry, EnquiryEvent
from tests.factories import people
from tests.staff import MANAGER, REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def rows(client, query=""):
    """The references the queue shows, top to bottom."""
    html = client.get("/admin/enquiries/" + query).content.decode()
    return re.findall(r"<a href=\"/admin/enquiries/\d+/\">\s*(AC-[0-9A-Z]{4}-[0-9A-Z]{4})\s*<",
                      html)


def due(enquiry, days_ago, responded=False):
    Enquiry.objects.filter(pk=enquiry.pk).update(
        first_response_due=timezone.localdate() - datetime.timedelta(days=days_ago),
        first_responded_at=timezone.now() if responded else None)
    return enquiry


@pytest.fixture
def regional(client):
    user = make_staff(REGIONAL, region="north-wales")
    client.force_login(user)
    return user


def test_the_queue_opens_with_the_most_overdue_first_and_marks_them(client, regional):
    soon = due(people.enquiry("north-wales"), -3)
    late = due(people.enquiry("north-wales"), 2)
    latest = due(people.enquiry("north-wales"), 9)
    answered = due(people.enquiry("north-wales"), 20, responded=True)
    assert rows(client) == [latest.reference, late.reference, soon.reference,
                            answered.reference]
    html = client.get("/admin/enquiries/").content.decode()
    assert html.count('class="enquiry--overdue"') == 2
    assert html.count("Overdue</strong>") == 2  # in words, not only colour
    assert rows(client, "?ordering=-created_at")[0] == answered.reference
    assert rows(client, "?overdue=1") == [latest.reference, late.reference]


@pytest.mark.parametrize("typed", ["sian", "SIAN", "Siân", "llyr", "sian llŷr"])
def test_names_are_found_without_accents_or_case(client, regional, typed):
    found = people.enquiry("north-wales", first_name="Siân", last_name="Llŷr")
    people.enquiry("north-wales", first_name="Gareth", last_name="Edwards")
    assert rows(client, f"?q={typed}") == [found.reference]


def test_references_are_found_with_or_without_dashes(client, regional):
    found = people.enquiry("north-wales")
    people.enquiry("north-wales")
    bare = found.reference.replace("-", "").lower()
    for typed in (found.reference, bare, bare[2:], found.reference.lower().replace("-", " ")):
        assert rows(client, f"?q={typed}") == [found.reference], typed
    assert finding.reference("AC-JSN9-93HB") == finding.reference("acjsn993hb") == "AC-JSN9-93HB"


@pytest.mark.parametrize("typed", ["07400 765432", "+44 7400 765432", "447400765432",
                                   "07400765432", "(07400) 765-432"])
def test_phones_are_found_in_any_format(client, regional, typed):
    found = people.enquiry("north-wales", phone="07400 765432")
    people.enquiry("north-wales", phone="07400 111222")
    assert rows(client, "?" + f"q={typed}".replace("+", "%2B")) == [found.reference]


def test_email_is_found(client, regional):
    found = people.enquiry("north-wales", email="rhian@example.org")
    people.enquiry("north-wales")
    assert rows(client, "?q=Rhian@Example.org") == [found.reference]


def test_search_and_filters_stay_inside_the_wall(client, regional):
    mine = people.enquiry("north-wales", first_name="Siân")
    theirs = people.enquiry("western-bay", first_name="Siân")
    assert rows(client, "?q=sian") == [mine.reference]
    assert rows(client, f"?q={theirs.reference}") == []
    assert rows(client, "?region=western-bay") == [mine.reference]  # no region filter here
    html = client.get("/admin/enquiries/").content.decode()
    assert 'name="region"' not in html
    assert AuditEntry.objects.filter(user=regional, action="search", hits=1).exists()


def test_national_staff_filter_by_region_agency_and_status(client):
    client.force_login(make_staff(MANAGER))
    north = people.enquiry("north-wales")
    west = people.enquiry("western-bay")
    Enquiry.objects.filter(pk=west.pk).update(status="contacted")
    assert rows(client, "?region=western-bay") == [west.reference]
    assert set(rows(client, "?status=new&status=contacted")) >= {north.reference,
                                                                 west.reference}
    assert west.reference not in rows(client, "?status=new")
    assert 'name="region"' in client.get("/admin/enquiries/").content.decode()


def test_bulk_assign_and_status_touch_only_the_wall(client, regional):
    colleague = make_staff(REGIONAL, region="north-wales", first_name="Mali")
    elsewhere = make_staff(REGIONAL, region="western-bay")
    mine = [people.enquiry("north-wales"), people.enquiry("north-wales")]
    theirs = people.enquiry("western-bay")
    ids = [e.pk for e in mine] + [theirs.pk]
    response = client.post("/admin/enquiries/bulk/", {"action": "assign",
                                                      "assignee": colleague.pk, "id": ids},
                           follow=True)
    assert "2 enquiries changed." in response.content.decode()
    assert set(Enquiry.objects.filter(assigned_to=colleague)) == set(mine)
    theirs.refresh_from_db()
    assert theirs.assigned_to is None
    # Nobody outside the wall can be chosen as the assignee.
    client.post("/admin/enquiries/bulk/", {"action": "assign", "assignee": elsewhere.pk,
                                           "id": ids})
    assert not Enquiry.objects.filter(assigned_to=elsewhere).exists()
    client.post("/admin/enquiries/bulk/", {"action": "status", "status": "closed",
                                           "closed_reason": "Duplicate", "id": ids})
    assert set(Enquiry.objects.filter(status="closed")) == set(mine)
    assert all(e.first_responded_at for e in Enquiry.objects.filter(pk__in=[m.pk for m in mine]))
    assert EnquiryEvent.objects.filter(enquiry=theirs).exclude(kind__in=["received", "routed"]
                                                               ).count() == 0
    assert AuditEntry.objects.filter(user=regional, action="bulk-status").count() == 2


def test_bulk_closing_needs_a_reason_and_first_response_is_counted(client, regional):
    enquiry = people.enquiry("north-wales")
    response = client.post("/admin/enquiries/bulk/", {"action": "status", "status": "closed",
                                                      "id": [enquiry.pk]}, follow=True)
    assert "Give a reason for closing" in response.content.decode()
    response = client.post("/admin/enquiries/bulk/", {"action": "first-response",
                                                      "id": [enquiry.pk]}, follow=True)
    assert "1 enquiry changed." in response.content.decode()
    enquiry.refresh_from_db()
    assert enquiry.status == "new" and enquiry.first_responded_at


def test_export_is_walled_audited_and_in_local_time(client, regional):
    mine = people.enquiry("north-wales")
    theirs = people.enquiry("western-bay")
    summer = datetime.datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=datetime.UTC)
    Enquiry.objects.filter(pk=mine.pk).update(created_at=summer)
    text = client.get("/admin/enquiries/export.csv").content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:3] == ["Reference", "Received", "Status"]
    assert [row[0] for row in table[1:]] == [mine.reference]
    assert table[1][1] == "2026-07-01 10:30:15"  # British Summer Time, no microseconds
    assert table[1][2] == "New" and table[1][5] == "North Wales Adoption Service"
    assert theirs.reference not in text
    assert AuditEntry.objects.filter(user=regional, action="export",
                                     object_id=str(mine.pk)).exists()
    same = client.get("/admin/enquiries/?export=csv").content.decode("utf-8-sig")
    assert same == text


def test_export_in_welsh_with_the_admin_in_welsh(client):
    user = make_staff(REGIONAL, region="north-wales")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "cy"
    profile.save()
    client.force_login(user)
    enquiry = people.enquiry("north-wales")
    table = list(csv.reader(io.StringIO(
        client.get("/admin/enquiries/export.csv").content.decode("utf-8-sig"))))
    assert table[0][0] == "Cyfeirnod"
    assert table[1][0] == enquiry.reference
    assert table[1][2] == "Newydd"
    assert table[1][5] == "Gwasanaeth Mabwysiadu Gogledd Cymru"
    book = openpyxl.load_workbook(io.BytesIO(
        client.get("/admin/enquiries/?export=xlsx").getvalue()))
    sheet = book.active
    assert sheet.cell(1, 1).value == "Cyfeirnod" and sheet.cell(2, 3).value == "Newydd"


def test_export_needs_the_export_permission(client):
    from django.contrib.auth.models import Group

    user = make_staff(REGIONAL, region="north-wales")
    user.groups.set([Group.objects.get(name="Helpline agents")])
    client.force_login(user)
    assert client.get("/admin/enquiries/?export=csv").status_code in (302, 403)


def test_search_works_without_script(client, regional):
    """The header's search form sends to the results fragment; without script that answers
    with the whole page, and with Wagtail's script the fragment alone."""
    found = people.enquiry("north-wales", first_name="Siân")
    response = client.get("/admin/enquiries/results/?q=sian")
    assert response.status_code == 302 and response["Location"] == "/admin/enquiries/?q=sian"
    fragment = client.get("/admin/enquiries/results/?q=sian",
                          headers={"x-requested-with": "XMLHttpRequest"}).content.decode()
    assert found.reference in fragment and "<html" not in fragment

"""The audit trail screen: managers read, filter and export it, each read is itself audited, and
nobody else gets in."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.utils import timezone

from enquiries.models import AuditEntry
from tests.staff import MANAGER, MARKETING, REGIONAL, make_staff

pytestmark = pytest.mark.django_db

URL, RESULTS = "/admin/audit/", "/admin/audit/results/"


def entry(actor, action, contact_id, day, **fields):
    """An entry written at noon on `day` (`at` is set on save, so the clock is moved)."""
    noon = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    with mock.patch("django.utils.timezone.now", return_value=noon):
        return AuditEntry.objects.create(actor=actor, action=action, object_type="contact",
                                         object_id=str(contact_id or ""), contact_id=contact_id,
                                         **fields)


@pytest.fixture
def trail():
    return {
        "alys-views": entry("alys.jones", "view", 11, datetime.date(2001, 3, 1)),
        "bryn-searches": entry("bryn.evans", "search", None, datetime.date(2001, 3, 5), hits=4,
                               detail="q=jones"),
        "alys-exports": entry("alys.jones", "export", 12, datetime.date(2001, 3, 9), hits=2),
    }


@pytest.fixture
def manager(client):
    user = make_staff(MANAGER)
    client.force_login(user)
    return user


def listed(client, url=URL, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return [e.pk for e in response.context["object_list"]]


def pks(trail, *names):
    return [trail[name].pk for name in names]


def test_manager_sees_the_trail_newest_first(client, manager, trail):
    response = client.get(URL)
    assert response.status_code == 200
    shown = [e.pk for e in response.context["object_list"]]
    own_read = AuditEntry.objects.get(action="read-audit", actor=manager.username)
    assert shown[0] == own_read.pk  # the read is written first, so it heads its own listing
    assert shown.index(trail["alys-exports"].pk) < shown.index(trail["alys-views"].pk)
    page = response.content.decode()
    assert "bryn.evans" in page and "q=jones" in page
    assert 'name="at_from"' in page and "?export=csv" in page  # the filters and the export


def test_filters(client, manager, trail):
    assert listed(client, actor="alys.jones") == pks(trail, "alys-exports", "alys-views")
    assert listed(client, actor="BRYN") == pks(trail, "bryn-searches")
    assert listed(client, person=12) == pks(trail, "alys-exports")
    assert listed(client, action="search") == pks(trail, "bryn-searches")
    assert listed(client, at_from="2001-03-02", at_to="2001-03-09") == pks(
        trail, "alys-exports", "bryn-searches")
    assert listed(client, at_to="2001-03-04") == pks(trail, "alys-views")
    assert listed(client, RESULTS, actor="alys.jones", at_from="2001-03-05") == pks(
        trail, "alys-exports")


def test_action_choices_are_the_actions_present(client, manager, trail):
    response = client.get(URL)
    choices = [value for value, _ in response.context["filters"].form.fields["action"].choices]
    assert {"view", "search", "export"} <= set(choices)


def test_csv_export_has_the_filtered_rows(client, manager, trail):
    response = client.get(URL, {"actor": "alys", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["When", "Who", "Action", "Record type", "Record id", "Person", "Results",
                       "Detail"]
    assert [(row[1], row[2], row[5], row[6]) for row in rows[1:]] == [
        ("alys.jones", "export", "12", "2"), ("alys.jones", "view", "11", "")]


def test_xlsx_export(client, manager, trail):
    response = client.get(URL, {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_reading_and_exporting_are_audited(client, manager, trail):
    before = AuditEntry.objects.count()
    client.get(URL, {"actor": "alys", "p": "1"})
    assert AuditEntry.objects.count() == before + 1
    read = AuditEntry.objects.filter(action="read-audit").first()
    assert (read.actor, read.user_id, read.object_type, read.detail) == (
        manager.username, manager.pk, "auditentry", "actor=alys")

    client.get(RESULTS, {"person": "12"})
    assert AuditEntry.objects.filter(action="read-audit", detail="person=12").count() == 1

    b"".join(client.get(URL, {"action": "view", "export": "csv"}).streaming_content)
    export = AuditEntry.objects.get(action="export-audit")
    assert (export.actor, export.object_type, export.detail) == (
        manager.username, "auditentry", "action=view")
    assert AuditEntry.objects.count() == before + 3


@pytest.mark.parametrize("who", [
    lambda: make_staff(REGIONAL, region="north-wales"),
    lambda: make_staff(MARKETING),
    lambda: make_staff(MANAGER, profile=False),  # the permission, but no staff profile
], ids=["regional", "marketing", "no-profile"])
def test_others_are_refused(client, trail, who):
    client.force_login(who())
    before = AuditEntry.objects.count()
    for url in (URL, RESULTS, URL + "?export=csv"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert AuditEntry.objects.count() == before


def test_reports_menu_shows_the_audit_trail_to_managers_only(client):
    client.force_login(make_staff(MANAGER))
    assert "Audit trail" in client.get("/admin/").content.decode()
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    assert "Audit trail" not in client.get("/admin/").content.decode()

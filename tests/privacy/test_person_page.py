"""The data protection page: national staff with a privacy permission; legal holds placed and
lifted with a reason each way (kept, audited); the helpline page links to it."""

import pytest
from wagtail.users.models import UserProfile

from enquiries.models import AuditEntry
from privacy.models import LegalHold
from tests.factories import people
from tests.staff import AGENT, INFORMATION_GOVERNANCE, MANAGER, make_staff

pytestmark = pytest.mark.django_db


def page(contact):
    return f"/admin/data-protection/{contact.pk}/"


def welsh(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "cy"
    profile.save()
    return user


def test_the_page_shows_active_and_past_holds_and_the_ways_to_act(client):
    contact = people.contact(email="elin@example.org")
    past = LegalHold.objects.create(contact=contact, reason="Old complaint",
                                    lift_reason="Settled")
    LegalHold.objects.filter(pk=past.pk).update(lifted_at=past.placed_at)
    LegalHold.objects.create(contact=contact, reason="Court case")
    user = make_staff(INFORMATION_GOVERNANCE)
    client.force_login(user)
    html = client.get(page(contact)).content.decode()
    for text in ("Old complaint", "Settled", "Court case", "Active",
                 f"/admin/data-protection/{contact.pk}/subject-access/",
                 f"/admin/data-protection/{contact.pk}/correct/"):
        assert text in html, text
    assert AuditEntry.objects.filter(user=user, action="view", contact_id=contact.pk).exists()


def test_a_manager_may_hold_but_not_export_or_correct(client):
    contact = people.contact()
    client.force_login(make_staff(MANAGER))
    html = client.get(page(contact)).content.decode()
    assert "Place a legal hold" in html
    assert "subject-access/" not in html and "correct/" not in html


def test_placing_and_lifting_a_hold_need_a_reason_and_are_kept(client):
    contact = people.contact()
    user = make_staff(MANAGER)
    client.force_login(user)
    refused = client.post(f"{page(contact)}hold/", {"hold-reason": "  "})
    assert refused.status_code == 200
    assert "Give the reason: it is kept with the hold." in refused.content.decode()
    assert not LegalHold.objects.exists()

    assert client.post(f"{page(contact)}hold/", {"hold-reason": "Complaint 42"}).status_code == 302
    hold = LegalHold.objects.active().get(contact=contact)
    assert (hold.reason, hold.placed_by) == ("Complaint 42", user)
    assert AuditEntry.objects.filter(action="place-legal-hold", object_id=str(hold.pk),
                                     contact_id=contact.pk, detail="Complaint 42").exists()

    lift = f"/admin/data-protection/hold/{hold.pk}/lift/"
    refused = client.post(lift, {"lift-reason": ""})
    assert "The hold was not lifted: give the reason." in refused.content.decode()
    assert LegalHold.objects.active().filter(pk=hold.pk).exists()
    assert client.post(lift, {"lift-reason": "Complaint closed"}).status_code == 302
    hold.refresh_from_db()
    assert (hold.active, hold.lift_reason, hold.lifted_by) == (False, "Complaint closed", user)
    assert AuditEntry.objects.filter(action="lift-legal-hold", object_id=str(hold.pk)).exists()
    assert client.post(lift, {"lift-reason": "Again"}).status_code == 404  # lifted once
    assert LegalHold.objects.count() == 1  # never deleted


def test_a_refused_hold_reads_in_welsh_for_welsh_staff(client):
    contact = people.contact()
    client.force_login(welsh(make_staff(INFORMATION_GOVERNANCE)))
    html = client.post(f"{page(contact)}hold/", {"hold-reason": ""}).content.decode()
    assert "Rhowch y rheswm: mae’n cael ei gadw gyda’r cadw cyfreithiol." in html
    assert "Give the reason" not in html


def test_outside_the_wall_and_without_the_role(client):
    contact = people.contact()
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    assert client.get("/admin/data-protection/999999/").status_code == 404
    client.force_login(make_staff(INFORMATION_GOVERNANCE, region="north-wales"))
    assert client.get(page(contact)).status_code == 302  # regional: refused
    client.force_login(make_staff(AGENT))
    assert client.get(page(contact)).status_code == 302


def test_the_helpline_page_links_here_for_staff_with_a_privacy_permission(client):
    contact = people.contact()
    client.force_login(make_staff(INFORMATION_GOVERNANCE))
    html = client.get(f"/admin/helpline/contacts/{contact.pk}/").content.decode()
    assert f'href="{page(contact)}"' in html
    client.force_login(make_staff(AGENT))
    html = client.get(f"/admin/helpline/contacts/{contact.pk}/").content.decode()
    assert "/admin/data-protection/" not in html

"""With the admin in Welsh, our staff screens show our models' labels, choices and routing
reasons in Welsh. Pragmatic: every staff URL of the permission matrix that a Welsh national
manager or agent may GET is rendered, and its visible text must hold none of the English
labels and choices of our models that have a Welsh translation (Wagtail's own chrome is not
ours to check)."""

import html
import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from enquiries.intake import NewEnquiry, receive
from tests.staff import AGENT, INFORMATION_GOVERNANCE, MANAGER, make_staff
from tests.test_permission_matrix import (  # noqa: F401 (fixtures)
    RECORDS,
    STAFF_URLS,
    fake_twilio,
    world,
)

pytestmark = pytest.mark.django_db
OUR_APPS = ("enquiries", "helpline", "directory", "eligibility", "privacy")


def english_and_welsh(text):
    text = str(text)
    with translation.override("en"):
        english = str(text)
    with translation.override("cy"):
        welsh = translation.gettext(english)
    return english, welsh


def known_english():
    """Our models' labels and choices, in English, that read differently in Welsh. Only
    phrases (two words or more), so that single words of Wagtail's chrome do not match."""
    found = set()
    for label in OUR_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields():
                texts = [getattr(field, "verbose_name", "")]
                texts += [name for _value, name in getattr(field, "choices", None) or []]
                for text in texts:
                    with translation.override("en"):
                        english = str(text)
                    with translation.override("cy"):
                        welsh = str(text)
                    if " " in english.strip() and english != welsh:
                        found.add(english[0].upper() + english[1:])
    return found


def visible_text(response):
    page = response.content.decode()
    page = re.sub(r"<(script|style|template)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def welsh_admin(role):
    user = make_staff(role)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "cy"
    profile.save()
    return user


def url_for(name, route, records):
    spec = RECORDS.get(name, {})
    if "<" not in route:
        return reverse(name)
    return reverse(name, args=[records["national"][spec["record"]]])


@pytest.mark.parametrize("role", [MANAGER, AGENT, INFORMATION_GOVERNANCE])
def test_staff_screens_in_welsh_show_no_english_labels_of_ours(client, world, role):  # noqa: F811
    client.force_login(welsh_admin(role))
    english = known_english()
    assert {"Information sent", "Voluntary adoption agency", "In progress"} <= english
    seen = 0
    for name, route, view in STAFF_URLS:
        if "GET" not in view.access:
            continue
        response = client.get(url_for(name, route, world))
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        seen += 1
        text = visible_text(response)
        if "<html" in response.content.decode():  # not a fragment (search results)
            assert 'lang="cy"' in response.content.decode(), name
        leftovers = sorted(phrase for phrase in english if re.search(
            rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text))
        assert leftovers == [], (name, leftovers)
    assert seen >= 5


def test_routing_reasons_read_in_the_readers_language(client):
    from directory.models import LocalAuthority

    council = LocalAuthority.objects.get(gss_code="W06000015")  # Cardiff
    enquiry = receive(NewEnquiry(first_name="Nia", last_name="Prawf", email="nia@example.org",
                                 language="cy", interest="adopting", contact_method="email",
                                 local_authority=council))
    assert enquiry.routing_reason == (
        f"Cardiff (W06000015) is served by {enquiry.region.name_en}.")  # English is kept
    with translation.override("cy"):
        assert enquiry.routing_reason_display == (
            f"Mae Caerdydd (W06000015) yn cael ei wasanaethu gan {enquiry.region.name_cy}.")
        event = enquiry.events.get(kind="routed")
        assert event.text_display == enquiry.routing_reason_display
        received = enquiry.events.get(kind="received")
        assert received.text_display == "Daeth i law drwy'r wefan yn Gymraeg."
    assert received.text == "Received through the website in cy."  # as stored before
    client.force_login(welsh_admin(MANAGER))
    page = visible_text(client.get(reverse("enquiries_staff:detail", args=[enquiry.pk])))
    assert "yn cael ei wasanaethu gan" in page and "is served by" not in page


def test_a_move_between_regions_reads_in_welsh(client):
    from directory.models import LocalAuthority, Region

    enquiry = receive(NewEnquiry(
        first_name="Ifan", last_name="Prawf", email="ifan@example.org", language="en",
        interest="adopting", contact_method="email",
        local_authority=LocalAuthority.objects.get(gss_code="W06000015")))
    to = Region.objects.exclude(pk=enquiry.region_id).first()
    client.force_login(welsh_admin(MANAGER))
    client.post(reverse("enquiries_staff:reassign", args=[enquiry.pk]),
                {"region": to.pk, "reason": "Teulu yn symud"})
    enquiry.refresh_from_db()
    assert enquiry.routing_reason.startswith("Moved from ")
    with translation.override("cy"):
        assert enquiry.routing_reason_display == (
            f"Symudwyd o {enquiry.routing_why['old']['cy']} i {to.name_cy}: Teulu yn symud")


def test_reasons_stored_as_english_before_codes_are_read_back(django_db_blocker):
    import importlib

    from enquiries.models import Enquiry

    migration = importlib.import_module("enquiries.migrations.0009_welsh_labels_and_routing_why")
    enquiry = receive(NewEnquiry(
        first_name="Hen", last_name="Prawf", email="hen@example.org", language="en",
        interest="adopting", contact_method="email", local_authority=None))
    Enquiry.objects.filter(pk=enquiry.pk).update(routing_why={})
    migration.codes_from_english(apps, None)
    enquiry.refresh_from_db()
    assert enquiry.routing_why == {"code": "outside-wales"}
    received = enquiry.events.get(kind="received")
    received.why = {}
    received.save()
    migration.codes_from_english(apps, None)
    received.refresh_from_db()
    assert received.why["code"] == "received"
    with translation.override("cy"):
        assert received.text_display == "Daeth i law drwy'r wefan yn Saesneg."
    with translation.override("cy"):
        assert enquiry.routing_reason_display.startswith("Yn byw y tu allan i Gymru")


def test_staff_actions_in_the_history_read_in_the_readers_language(client):
    """Written by an English-speaking worker, read by a Welsh-speaking one: the status change,
    first response, assignment and a resend are lines of history in each reader's language,
    with staff's own words (a closing reason) as they wrote them."""
    from directory.models import LocalAuthority
    from enquiries.staff.bulk import _assign
    from enquiries.staff.views import set_status

    enquiry = receive(NewEnquiry(
        first_name="Gwen", last_name="Prawf", email="gwen@example.org", language="en",
        interest="adopting", contact_method="email",
        local_authority=LocalAuthority.objects.get(gss_code="W06000015")))
    worker = make_staff(MANAGER)
    worker.first_name, worker.last_name = "Siôn", "Gweithiwr"

    class Request:
        user = worker

    with translation.override("en"):
        set_status(Request, enquiry, "closed", "Moved to England")
        _assign(Request, enquiry, {"assignee": worker})
    lines = {event.kind + ":" + event.text for event in enquiry.events.all()}
    assert "first-response:First response recorded." in lines  # English kept for exports
    assert "status:New → Closed: Moved to England" in lines
    assert "note:Assigned to Siôn Gweithiwr." in lines
    with translation.override("cy"):
        welsh = {event.text_display for event in enquiry.events.all()}
        closed = f"{enquiry.get_status_display()}"
        assert f"Newydd → {closed}: Moved to England" in welsh
        assert translation.gettext("First response recorded.") in welsh
        assert translation.gettext("Assigned to %(name)s.") % {"name": "Siôn Gweithiwr"} in welsh
    client.force_login(welsh_admin(MANAGER))
    page = visible_text(client.get(reverse("enquiries_staff:detail", args=[enquiry.pk])))
    assert "First response recorded." not in page and "Assigned to" not in page

"""The permission matrix, generated from the URL configuration: every staff URL x every role x
where the record lies (own region, another region, own agency, another agency, national), for
GET and for POST. Expected: 405 for a method the view does not take, Wagtail's refusal for a
permission the role lacks (per the role table in docs/staff-sign-in.md), 404 outside the wall,
success inside it. A new staff URL fails here until its view declares its permissions
(`enquiries.access.staff_view`, the same as `portal.staff_access.staff_view`) and, if it names a
record, until RECORDS says which kind."""

import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import URLResolver, get_resolver
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from directory.models import Agency, LocalAuthority, Region
from enquiries.intake import NewEnquiry, receive
from enquiries.models import PossibleMatch
from helpline.models import Callback, Interaction
from privacy.models import LegalHold
from tests.conftest import MATRIX_CELLS
from tests.factories import pages
from tests.fakes import FakeTwilioApi
from tests.staff import (
    ADMINISTRATOR,
    AGENCY,
    AGENT,
    INFORMATION_GOVERNANCE,
    MANAGER,
    MARKETING,
    REGIONAL,
    TRANSLATOR,
    make_staff,
)

pytestmark = pytest.mark.django_db

OUR_APPS = ("directory", "enquiries", "helpline", "campaigns", "portal", "cms", "bookings",
            "eligibility", "privacy", "retention")
NOT_IN_MATRIX = {
    "enquiries.staff.users": "Wagtail's user and group admin: tests/test_admin_boundaries.py",
    "portal.search.wagtail_hooks": "public search terms that found nothing; no person's data",
}
ROLE_TABLE = Path(__file__).resolve().parent.parent / "docs" / "staff-sign-in.md"
ROLES = [AGENT, REGIONAL, AGENCY, MANAGER, MARKETING, TRANSLATOR, ADMINISTRATOR,
         INFORMATION_GOVERNANCE]

# Where a record lies, and who is inside: (region slug, agency slug) of the record.
PLACES = {"own-region": ("north-wales", None), "other-region": ("western-bay", None),
          "own-agency": ("north-wales", "st-davids"),
          "other-agency": ("north-wales", "barnardos-cymru"), "national": (None, None)}
NORTH_WALES_COUNCIL = "W06000002"
# Staff to try: (role, region, agency, has a profile).
USERS = [(AGENT, None, None, True), (AGENT, "north-wales", None, True),
         (REGIONAL, "north-wales", None, True), (AGENCY, None, "st-davids", True),
         (MANAGER, None, None, True), (MANAGER, "north-wales", None, True),
         (MARKETING, None, None, True), (TRANSLATOR, None, None, True),
         (ADMINISTRATOR, None, None, True), (INFORMATION_GOVERNANCE, None, None, True),
         (INFORMATION_GOVERNANCE, "north-wales", None, True), (None, None, None, True),
         (MANAGER, None, None, False)]

# What each URL with a record in it points at, and what to post. `record` names the kind of
# record in the path (or in ?call= / ?into=), `post` the form a member of staff would send.
RECORDS = {
    "enquiries_staff:detail": {"record": "enquiry"},
    "enquiries_staff:status": {"record": "enquiry", "post": {"status": "contacted"}},
    "enquiries_staff:note": {"record": "enquiry", "post": {"text": "Rang back"}},
    "enquiries_staff:first_response": {"record": "enquiry"},
    "enquiries_staff:reassign": {"record": "enquiry", "national_only": True,
                                 "post": {"region": "other-region", "reason": "Moving"}},
    "enquiries_staff:retry": {"record": "enquiry", "post": {"notification": "0"}},
    "helpline_staff:contact": {"record": "contact"},
    "helpline_staff:log": {"record": "contact", "post": {
        "log-kind": "call", "log-direction": "in", "log-language": "cy",
        "log-notes": "Asked about events"}},
    "helpline_staff:raise_enquiry": {"record": "contact", "post": {
        "enquiry-interest": "adopting", "enquiry-language": "en",
        "enquiry-contact_method": "phone", "enquiry-council": NORTH_WALES_COUNCIL}},
    "helpline_staff:send_sms": {"record": "contact", "post": {"sms-language": "cy"}},
    "helpline_staff:merge": {"record": "contact", "query": "into"},
    "helpline_staff:complete_callback": {"record": "callback", "post": {
        "result": "No answer", "next_step": "retry"}},
    "helpline_staff:callback": {"record": "callback"},
    "helpline_staff:link_callback_person": {"record": "callback", "post": {"contact": "@contact"}},
    "helpline_staff:book_callback": {"record": "contact", "post": {
        "due_date": "2099-12-02", "due_time": "11:00", "language": "cy", "note": "Ring back"}},
    "helpline_staff:recording": {"record": "call"},
    "helpline_staff:dismiss_match": {"record": "match"},
    "bookings_staff:event": {"record": "event"},
    "bookings_staff:register": {"record": "event", "post": {}},
    "bookings_staff:export": {"record": "event"},
    "bookings_staff:message": {"record": "event", "post": {
        "subject": "Moved online", "body": "Online now", "subject_cy": "Ar-lein",
        "body_cy": "Ar-lein nawr"}},
    "bookings_staff:places": {"record": "event", "post": {"capacity": "30",
                                                          "offer_hours": "48"}},
    "privacy_staff:person": {"record": "contact", "national_only": True},
    "privacy_staff:place_hold": {"record": "contact", "national_only": True,
                                 "post": {"hold-reason": "Complaint under investigation"}},
    "privacy_staff:lift_hold": {"record": "hold", "national_only": True,
                                "post": {"lift-reason": "Complaint closed"}},
    "privacy_staff:subject_access": {"record": "contact", "national_only": True},
    # The second contact of each place: the first is on a legal hold, which refuses erasure.
    "privacy_staff:erase": {"record": "into", "national_only": True,
                            "post": {"reason": "Asked to be erased"}},
    "privacy_staff:correct": {"record": "contact", "national_only": True, "post": {
        "detail": "@email", "new": "corrected@example.org"}},
    "helpline_staff:new_contact": {"record": "call", "query": "call", "also_without": True,
                                   "post": {"first_name": "Ifan", "last_name": "Rhys",
                                            "language": "cy", "phone": "", "email": ""}},
}


def staff_urls():
    """(name, route, view) of every admin URL served by one of our apps."""
    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                yield f"{namespace}{pattern.name}", prefix + str(pattern.pattern), pattern.callback

    for name, route, view in walk(get_resolver().url_patterns):
        module = getattr(view, "__module__", "")
        if (route.startswith("admin/") and module.split(".")[0] in OUR_APPS
                and module not in NOT_IN_MATRIX):
            yield name, route, view


STAFF_URLS = sorted(staff_urls())


def role_table():
    """{role: permissions} from the table in docs/staff-sign-in.md."""
    text = ROLE_TABLE.read_text().splitlines()
    start = next(i for i, line in enumerate(text) if line.startswith("| permission |"))
    lines = []
    for line in text[start:]:
        if not line.startswith("|"):
            break  # the table ends at the first line that is not a row
        lines.append(line)
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    table = {role: set() for role in header[1:]}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        permission = re.match(r"`([\w.]+)`", cells[0])
        for role, cell in zip(header[1:], cells[1:], strict=True):
            if permission and cell == "✓":
                table[role].add(permission.group(1))
    return table


# Wagtail checks these apps' permissions per collection, and pages' per page: the table means
# the root collection and the root of the page tree.
COLLECTION_APPS = ("wagtailimages", "wagtaildocs")


def test_the_groups_hold_what_the_role_table_says():
    table = role_table()
    covered = set().union(*table.values())
    for role in ROLES:
        group = Group.objects.get(name=role)
        held = {f"{p.content_type.app_label}.{p.codename}"
                for p in group.permissions.select_related("content_type")
                if p.content_type.app_label not in COLLECTION_APPS}
        held |= {f"{g.permission.content_type.app_label}.{g.permission.codename}"
                 for g in GroupCollectionPermission.objects.filter(
                     group=group, collection__depth=1).select_related("permission__content_type")}
        held |= {f"{g.permission.content_type.app_label}.{g.permission.codename}"
                 for g in GroupPagePermission.objects.filter(
                     group=group, page__depth=1).select_related("permission__content_type")}
        assert held & covered == table[role], role


def test_every_staff_url_declares_its_permissions():
    undeclared = [route for _n, route, view in STAFF_URLS if not hasattr(view, "access")]
    assert not undeclared, f"staff URLs without access.staff_view: {undeclared}"
    unknown = [name for name, route, _v in STAFF_URLS if "<" in route and name not in RECORDS]
    assert not unknown, f"staff URLs with a record but no RECORDS entry: {unknown}"
    assert len(STAFF_URLS) >= 20


@pytest.fixture(scope="module")
def fake_twilio():
    """Where the world's voicemail recordings are fetched from."""
    api = FakeTwilioApi()
    yield api
    api.close()


@pytest.fixture(autouse=True)
def recordings_from_the_fake(settings, fake_twilio):
    settings.TWILIO_API_BASE = fake_twilio.url


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, fake_twilio):
    """Made once for every URL, in a transaction rolled back after the last (each test's own
    transaction nests inside it). In every place: an enquiry with its contact, a second contact,
    a call linked to the first, an unlinked call with a voicemail recording, a callback, and
    the two contacts flagged as a possible match. And a member of staff for each of USERS."""
    with django_db_blocker.unblock(), transaction.atomic():
        records = {place: made_in(place, fake_twilio) for place in PLACES}
        records["users"] = [(make_staff(role, region=region, agency=agency, profile=profile),
                             role, region, agency, profile)
                            for role, region, agency, profile in USERS]
        yield records
        transaction.set_rollback(True)


def made_in(place, fake_twilio):
    region, agency = PLACES[place]
    council = LocalAuthority.objects.get(gss_code=NORTH_WALES_COUNCIL) if region else None
    if region == "western-bay":
        council = LocalAuthority.objects.get(gss_code="W06000011")
    new = NewEnquiry(first_name=place, last_name="Person", email=f"{place}@example.org",
                     language="en", interest="adopting", contact_method="email",
                     local_authority=council,
                     agency=Agency.objects.get(slug=agency) if agency else None)
    enquiry = receive(new)
    second = receive(replace(new, first_name=f"{place} two",
                             email=f"{place}.two@example.org", token=uuid.uuid4()))
    # Calls and callbacks an agency's staff logged carry the agency, not a region.
    where = {"region": None if agency else enquiry.region, "agency": enquiry.agency}
    Interaction.objects.create(contact=enquiry.contact, **where)
    return {
        "enquiry": enquiry.pk, "contact": enquiry.contact_id, "into": second.contact_id,
        "call": Interaction.objects.create(from_number="+447400111222", **where,
                                           recording_url=fake_twilio.add_recording(
                                               f"RE{place}", b"ID3 voicemail")).pk,
        "callback": Callback.objects.create(contact=enquiry.contact, phone="+447400111222",
                                            due_at=enquiry.created_at, **where).pk,
        "hold": LegalHold.objects.create(contact=enquiry.contact, reason="Complaint").pk,
        "email": f"email:{place}@example.org",
        "match": PossibleMatch.objects.create(new=second.contact, existing=enquiry.contact,
                                              shared="phone").pk,
        "region": Region.objects.get(slug=region).pk if region else None,
        # An event lies where its page says (the page's region and agency).
        "event": pages.event_page(region_slug=region, agency_slug=agency, welsh=False).pk,
    }


def inside(user_region, user_agency, place):
    region, agency = PLACES[place]
    if user_region is None and user_agency is None:
        return True
    if user_agency:
        return agency == user_agency
    return region == user_region and agency is None


def expected(has_admin, needs, role_may, national_only, national, visible):
    if not has_admin:
        return "refused"  # Wagtail turns away someone with no role before any staff view
    if needs is None:
        return "not-allowed"
    if not role_may or (national_only and not national):
        return "refused"
    return "ok" if visible else "not-found"


def outcome(response):
    if response.status_code == 405:
        return "not-allowed"
    if response.status_code == 404:
        return "not-found"
    if response.status_code == 302 and (response["Location"] == "/admin/"
                                        or "login/?next=" in response["Location"]):
        return "refused"  # Wagtail's "no permission", or no admin access at all
    assert response.status_code in (200, 302), response.status_code
    return "ok"


@pytest.mark.parametrize("name,route", [(n, r) for n, r, _v in STAFF_URLS])
def test_matrix(client, world, name, route, request):
    view = dict((n, v) for n, _r, v in STAFF_URLS)[name]
    spec = RECORDS.get(name, {})
    table = role_table()
    cells = 0
    places = list(PLACES) if spec else [None]
    for user, role, region, agency, profile in world["users"]:
        client.force_login(user)
        for place in places + ([None] if spec.get("also_without") else []):
            path, query, data = "/" + route, {}, {}
            if place:
                record = world[place][spec["record"]]
                if spec.get("query") == "call":
                    query["call"] = record
                else:
                    path = path.replace("<int:pk>", str(record))
                if spec.get("query") == "into":
                    query["into"] = world[place]["into"]
            for key, value in spec.get("post", {}).items():
                data[key] = world[value]["region"] if value in PLACES else value
                if place and value.startswith("@"):  # that place's record of this kind
                    data[key] = world[place][value[1:]]
            for method in ("GET", "POST"):
                needs = view.access[method]
                role_may = profile and role is not None and any(
                    one in table.get(role, set())
                    for one in (needs if isinstance(needs, tuple) else (needs,)))
                want = expected(role is not None, needs, role_may, spec.get("national_only"),
                                region is None and agency is None,
                                place is None or inside(region, agency, place))
                with transaction.atomic():
                    if method == "GET":
                        response = client.get(path, query)
                    else:
                        response = client.post(path + ("?" if query else "") + "&".join(
                            f"{k}={v}" for k, v in query.items()), data)
                    got = outcome(response)
                    transaction.set_rollback(True)
                assert got == want, (name, method, role, region, agency, profile, place)
                cells += 1
    request.config.stash.setdefault(MATRIX_CELLS, []).append(cells)

"""New work is noticed: the admin menu counts new and overdue enquiries inside the wall, and a
deploy check refuses blank inboxes."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import timezone

from directory.models import Agency, Region
from enquiries.checks import inboxes_are_set
from enquiries.models import Enquiry
from tests.factories import people
from tests.staff import REGIONAL, make_staff

pytestmark = pytest.mark.django_db


def test_the_menu_counts_new_and_overdue_inside_the_wall(client):
    client.force_login(make_staff(REGIONAL, region="north-wales"))
    people.enquiry("north-wales")
    late = people.enquiry("north-wales")
    Enquiry.objects.filter(pk=late.pk).update(
        first_response_due=timezone.localdate() - datetime.timedelta(days=1))
    people.enquiry("western-bay")
    assert "Enquiries (1 overdue, 2 new)" in client.get("/admin/").content.decode()
    Enquiry.objects.filter(pk=late.pk).update(first_responded_at=timezone.now())
    assert "Enquiries (2 new)" in client.get("/admin/").content.decode()


def test_the_deploy_check_refuses_blank_inboxes():
    Region.objects.update(email="")
    errors = inboxes_are_set(databases=["default"])
    assert len(errors) == Region.objects.count() + Agency.objects.filter(email="").count()
    assert {e.id for e in errors} == {"enquiries.E001"}
    Region.objects.update(email="enquiries@example.org")
    Agency.objects.update(email="enquiries@example.org")
    assert inboxes_are_set(databases=["default"]) == []
    Agency.objects.filter(pk=Agency.objects.first().pk).update(email="")
    with pytest.raises(SystemCheckError):
        call_command("check", deploy=True, databases=["default"], fail_level="ERROR")
    assert inboxes_are_set(databases=None) == []  # only when asked to look at the database


def test_the_demo_gives_every_inbox_an_example_address():
    from cms.demo.builder import DemoBuilder

    Region.objects.update(email="")
    DemoBuilder.build_inboxes(None)
    assert not Region.objects.filter(email="").exists()
    assert Region.objects.get(slug="north-wales").email == "enquiries.north-wales@example.org"


def test_the_counts_cost_one_query_per_request(rf, django_assert_num_queries):
    from enquiries import access
    from enquiries.staff.menu import counts

    user = make_staff(REGIONAL, region="north-wales")
    people.enquiry("north-wales")
    request = rf.get("/admin/")
    request.user = user
    access.may(user, "enquiries.view_enquiry")  # the role and wall, read once per request
    with django_assert_num_queries(1):
        assert counts(request) == counts(request) == {"new": 1, "overdue": 0}

"""The public response-time page: totals per region, small numbers withheld, both languages."""

from datetime import timedelta

import pytest
from django.utils import timezone

from enquiries.models import Enquiry
from tests.factories import people

pytestmark = pytest.mark.django_db


@pytest.fixture
def enquiries():
    """North Wales: 12 settled (9 on time after 1 day, 3 late after 9 days) and 1 still in time.
    Western Bay: 3 settled (too few to show)."""
    now = timezone.now()
    today = timezone.localdate()
    for number in range(12):
        enquiry = people.enquiry("north-wales", first_name=f"Person {number}")
        late = number >= 9
        Enquiry.objects.filter(pk=enquiry.pk).update(
            created_at=now - timedelta(days=20), first_response_due=today - timedelta(days=13),
            first_responded_at=now - timedelta(days=11 if late else 19),
        )
    people.enquiry("north-wales")  # due in the future, not answered: not counted yet
    for _number in range(3):
        people.enquiry("western-bay")
        Enquiry.objects.filter(first_responded_at__isnull=True, region__slug="western-bay") \
            .update(first_response_due=today - timedelta(days=1))


def test_each_region_shows_its_totals_or_withholds_small_numbers(client, enquiries):
    response = client.get("/en/response-times/")
    rows = {row["region"].slug: row["figures"] for row in response.context["regions"]}
    assert (rows["north-wales"]["total"], rows["north-wales"]["on_time"]) == (12, 9)
    assert rows["north-wales"]["mean_wait_days"] == 3.0  # (9 x 1 + 3 x 9) / 12
    assert rows["western-bay"] is None
    html = response.content.decode()
    assert "9 of 12" in html and "(75%)" in html
    assert "Fewer than 10 enquiries: not shown" in html
    assert "Person" not in html and "@example.org" not in html


def test_the_page_is_in_welsh_too(client, enquiries):
    response = client.get("/cy/amseroedd-ymateb/")
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="cy"' in html
    assert "Gwasanaeth Mabwysiadu Gogledd Cymru" in html
    assert "9 o 12" in html


def test_the_page_costs_the_same_queries_whatever_the_volume(client, enquiries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/response-times/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/response-times/")
    for _number in range(20):
        people.enquiry("mid-west-wales")
    with CaptureQueriesContext(connection) as many:
        client.get("/en/response-times/")
    # The figures (2), the content version (1) and the furniture, rendered each time in tests (5).
    assert len(few) == len(many) == 8, "\n".join(q["sql"][:120] for q in many)

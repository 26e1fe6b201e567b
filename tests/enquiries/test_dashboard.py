"""The demand dashboard against a hand-checked fixture; the region wall; the CSV."""

import csv
import io
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from enquiries.models import Enquiry
from tests.factories import people
from tests.staff import regional_or_manager as staff

pytestmark = pytest.mark.django_db


def at(day, hour=10):
    return timezone.make_aware(datetime.combine(day, time(hour)))


@pytest.fixture
def fixture():
    """North Wales, this month: 3 enquiries (on time / late / overdue now).
    Western Bay, last month: 1 enquiry answered on time after 2 days."""
    today = timezone.localdate()
    first = today.replace(day=1)
    last_month = first - timedelta(days=1)
    rows = [
        # region, created, due, responded after (days), interest, language, campaign, medium
        ("north-wales", first, first + timedelta(days=7), 1, "adopting", "cy", "naw-2026",
         "social"),
        ("north-wales", first, first + timedelta(days=7), 10, "adopting", "en", "", ""),
        ("north-wales", first, first - timedelta(days=1), None, "support", "cy", "", ""),
        ("western-bay", last_month, last_month + timedelta(days=7), 2, "adopting", "en", "", ""),
    ]
    for region, created, due, after, interest, language, code, medium in rows:
        enquiry = people.enquiry(region)
        Enquiry.objects.filter(pk=enquiry.pk).update(
            created_at=at(created), first_response_due=due, interest=interest,
            language=language, campaign_code=code, campaign_medium=medium,
            first_responded_at=at(created) + timedelta(days=after) if after is not None else None,
        )
    return first, last_month.replace(day=1)


def wall(response):
    return {tile["region"].slug: tile for tile in response.context["wall"]}


def test_national_figures_match_the_hand_count(client, fixture):
    this_month, last_month = fixture
    client.force_login(staff())
    response = client.get("/admin/demand/")
    tiles = wall(response)
    assert len(tiles) == 5
    north, bay = tiles["north-wales"], tiles["western-bay"]
    assert north["latest"] == 3 and bay["latest"] == 0
    assert dict(zip(response.context["periods"], bay["per_period"], strict=True))[last_month] == 1
    assert (north["times"]["total"], north["times"]["answered"], north["times"]["on_time"],
            north["times"]["overdue"], north["times"]["on_time_percent"]) == (3, 2, 1, 1, 50)
    assert north["times"]["mean_wait_days"] == 5.5  # (1 + 10) / 2
    assert (bay["times"]["on_time_percent"], bay["times"]["mean_wait_days"]) == (100, 2.0)
    breakdowns = dict(response.context["breakdowns"])
    assert [(label, n) for label, n, _p in breakdowns["By campaign"]] == [("(none)", 3),
                                                                          ("naw-2026", 1)]
    languages = {str(label): n for label, n, _p in breakdowns["By language"]}
    assert languages == {"English": 2, "Welsh": 2}


def test_regional_staff_see_only_their_region(client, fixture):
    client.force_login(staff("western-bay"))
    response = client.get("/admin/demand/")
    assert list(wall(response)) == ["western-bay"]
    html = response.content.decode()
    assert "North Wales" not in html
    assert sum(n for _p, n in response.context["totals"]) == 1
    rows = list(csv.reader(io.StringIO(client.get("/admin/demand/?format=csv").content.decode())))
    assert {row[1] for row in rows[1:]} == {"western-bay"}


def test_the_csv_counts_every_enquiry_once(client, fixture):
    client.force_login(staff())
    response = client.get("/admin/demand/", {"format": "csv", "period": "month"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert sum(int(row["enquiries"]) for row in rows) == 4
    social = [row for row in rows if row["medium"] == "social"]
    assert [(r["region"], r["campaign"], r["enquiries"]) for r in social] == [
        ("north-wales", "naw-2026", "1")]


def test_weekly_view_and_people_without_a_staff_profile(client, fixture):
    client.force_login(staff())
    weekly = client.get("/admin/demand/", {"period": "week"})
    assert len(weekly.context["periods"]) >= 1 and weekly.status_code == 200
    from django.contrib.auth.models import Permission, User

    from tests.helpers import with_mfa

    outsider = User.objects.create_user("editor", password="x" * 16)
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    with_mfa(outsider)
    client.force_login(outsider)
    assert client.get("/admin/demand/")["Location"] == "/admin/"  # refused

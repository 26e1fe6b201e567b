"""The demand dashboard against a hand-checked fixture; the region wall; the CSV."""

import csv
import io
from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from enquiries.dashboard import figures
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
    assert [(t["code"], t["count"]) for t in response.context["campaigns"]] == [("naw-2026", 1)]
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


def test_every_period_is_shown_in_order_with_zeros(client, fixture):
    this_month, last_month = fixture
    client.force_login(staff())
    response = client.get("/admin/demand/")
    periods = response.context["periods"]
    assert len(periods) == 12 and periods[-1] == this_month and periods == sorted(periods)
    assert all((b.year * 12 + b.month) - (a.year * 12 + a.month) == 1
               for a, b in zip(periods, periods[1:], strict=False))
    powys = wall(response)["mid-west-wales"]
    assert powys["per_period"] == [0] * 12  # a region with nothing still has every month
    table = response.content.decode().split('data-testid="trend-table"')[1].split("</table>")[0]
    assert table.count('<th scope="col">') == 13  # the region column and twelve months
    weekly = client.get("/admin/demand/", {"period": "week"}).context["periods"]
    assert len(weekly) == 12
    assert all((b - a).days == 7 for a, b in zip(weekly, weekly[1:], strict=False))


def test_the_chart_is_an_accessible_svg_with_a_line_per_region(client, fixture):
    client.force_login(staff())
    html = client.get("/admin/demand/").content.decode()
    svg = html.split('<svg class="ac-chart__svg"')[1].split("</svg>")[0]
    assert 'role="img"' in svg and 'aria-labelledby="trend-title trend-desc"' in svg
    assert '<title id="trend-title">' in svg and '<desc id="trend-desc">' in svg
    assert svg.count("<polyline") == 5
    assert "North Wales Adoption Service, " in svg and "<script" not in html.split("ac-dash")[1]
    assert "http" not in svg  # nothing fetched from anywhere


def test_this_period_against_the_one_before_in_words(client, fixture):
    this_month, _last = fixture
    _trunc, start = figures.window("month")
    for _ in range(2):  # two in the stretch before the window, in North Wales
        enquiry = people.enquiry("north-wales")
        Enquiry.objects.filter(pk=enquiry.pk).update(created_at=at(start - timedelta(days=3)))
    client.force_login(staff())
    response = client.get("/admin/demand/")
    days = response.context["days"]
    assert days == (timezone.localdate() - start).days + 1
    assert response.context["previous_start"] == start - timedelta(days=days)
    total = response.context["summary"][0]
    assert (total["count"], total["change"]) == (
        4, f"2 more than the previous {days} days (2)")
    tiles = wall(response)
    assert tiles["north-wales"]["change"] == f"1 more than the previous {days} days (2)"
    assert tiles["western-bay"]["change"] == f"1 more than the previous {days} days (0)"
    assert tiles["south-east-wales"]["change"] == f"The same as the previous {days} days"


def test_tiles_open_the_queue_filtered_to_what_they_count(client, fixture):
    client.force_login(staff())
    response = client.get("/admin/demand/")
    start, today = response.context["start"].isoformat(), timezone.localdate().isoformat()
    dates = f"created_from={start}&created_to={today}"
    urls = {t["key"]: t["url"] for t in response.context["summary"]}
    assert urls == {"total": f"/admin/enquiries/?{dates}",
                    "new": f"/admin/enquiries/?status=new&{dates}",
                    "overdue": f"/admin/enquiries/?overdue=1&{dates}"}
    assert [t["count"] for t in response.context["summary"]] == [4, 4, 1]
    north = wall(response)["north-wales"]
    assert north["url"] == f"/admin/enquiries/?region=north-wales&{dates}"
    assert north["overdue_url"] == f"/admin/enquiries/?region=north-wales&overdue=1&{dates}"
    assert response.context["campaigns"][0]["url"] == (
        f"/admin/enquiries/?campaign=naw-2026&{dates}")
    html = response.content.decode()
    assert f'href="/admin/enquiries/?region=north-wales&amp;{dates.replace("&", "&amp;")}"' in html
    assert client.get(north["url"]).status_code == 200


def test_regional_staff_tiles_and_chart_stay_inside_their_wall(client, fixture):
    client.force_login(staff("north-wales"))
    response = client.get("/admin/demand/")
    assert [t["count"] for t in response.context["summary"]] == [3, 3, 1]
    lines = response.context["chart"]["lines"]
    assert [line["name"] for line in lines] == ["North Wales Adoption Service"]
    html = response.content.decode()
    assert "Western Bay" not in html and "National line" not in html


def test_each_tile_opens_a_queue_of_exactly_what_it_counts(client, fixture):
    client.force_login(staff())
    response = client.get("/admin/demand/")
    tiles = [(t["count"], t["url"]) for t in response.context["summary"]]
    tiles += [(t["total"], t["url"]) for t in response.context["wall"]]
    tiles += [(t["times"].get("overdue", 0), t["overdue_url"]) for t in response.context["wall"]]
    tiles += [(t["count"], t["url"]) for t in response.context["campaigns"]]
    for count, url in tiles:
        assert client.get(url).context["items_count"] == count, url

"""The helpline beside the web on the demand dashboard: each measure against a hand count, and
the wall (docs/demand-dashboard.md, "The helpline")."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from helpline.models import AgentLine, Callback, Interaction
from tests.factories import people
from tests.staff import AGENT, make_staff
from tests.staff import regional_or_manager as staff

pytestmark = pytest.mark.django_db


def call(region=None, language="", answered_by=None, status="completed", kind="call",
         days_ago=1, line=True):
    made = Interaction.objects.create(
        kind=kind, direction="in", language=language, status=status,
        region=people.region(region) if region else None, from_number="+447400111222",
        twilio_sid=f"CA{uuid.uuid4().hex}" if line else None, agent=answered_by,
        answered_at=timezone.now() if answered_by else None)
    Interaction.objects.filter(pk=made.pk).update(
        queued_at=timezone.now() - timedelta(days=days_ago))
    return made


def callback(region, due_hours_ago, done_hours_ago=None):
    now = timezone.now()
    return Callback.objects.create(
        region=people.region(region), phone="+447400111222",
        due_at=now - timedelta(hours=due_hours_ago),
        completed_at=now - timedelta(hours=done_hours_ago) if done_hours_ago is not None
        else None)


@pytest.fixture
def line():
    welsh, english = make_staff(AGENT), make_staff(AGENT)
    AgentLine.objects.create(user=welsh, phone="+447400000001", speaks_welsh=True)
    AgentLine.objects.create(user=english, phone="+447400000002", speaks_welsh=False)
    # North Wales: 6 line calls, 3 answered (2 Welsh calls answered, 1 of them in Welsh),
    # 2 missed (no answer; a voicemail), 1 still ringing (neither).
    call("north-wales", "cy", answered_by=welsh)
    call("north-wales", "cy", answered_by=english)
    call("north-wales", "en", answered_by=english)
    call("north-wales", "cy", status="no-answer")
    call("north-wales", "en", kind="voicemail", status="completed")
    call("north-wales", "en", status="ringing", days_ago=0)
    call("north-wales", "en", line=False)  # logged by hand: not a call to the line
    call("north-wales", "cy", answered_by=welsh, days_ago=800)  # long before the window
    call(None, "cy", answered_by=welsh)  # the national line
    call("western-bay", "en", status="no-answer")
    # North Wales callbacks: one done before it was due, one late, one not done; one not due.
    callback("north-wales", due_hours_ago=5, done_hours_ago=6)
    callback("north-wales", due_hours_ago=5, done_hours_ago=2)
    callback("north-wales", due_hours_ago=5)
    callback("north-wales", due_hours_ago=-5)
    callback("western-bay", due_hours_ago=5)


def helpline_rows(response):
    [(template, section)] = [s for s in response.context["sections"]
                             if s[0] == "helpline/dashboard.html"]
    return {str(row["name"]): row for row in section["rows"]}


def test_each_measure_against_the_hand_count(client, line):
    client.force_login(staff())
    rows = helpline_rows(client.get("/admin/demand/"))
    north = rows["North Wales Adoption Service"]
    assert north["calls"] == {"calls": 6, "answered": 3, "missed": 2, "welsh": 3,
                              "welsh_answered": 2, "in_welsh": 1}
    assert north["callbacks"] == {"due": 3, "done": 2, "on_time": 1, "overdue": 1}
    assert (north["answered_percent"], north["on_time_percent"],
            north["in_welsh_percent"]) == (50, 33, 50)
    assert rows["National line (no region)"]["calls"]["in_welsh"] == 1
    assert rows["Western Bay Adoption Service"]["calls"]["missed"] == 1
    assert rows["South East Wales Adoption Service"]["calls"]["calls"] == 0


def test_regional_staff_see_their_regions_calls_only(client, line):
    client.force_login(staff("western-bay"))
    response = client.get("/admin/demand/")
    rows = helpline_rows(response)
    assert list(rows) == ["Western Bay Adoption Service"]
    assert rows["Western Bay Adoption Service"]["calls"]["calls"] == 1
    assert rows["Western Bay Adoption Service"]["callbacks"]["overdue"] == 1
    html = response.content.decode()
    assert 'data-testid="helpline"' in html and "+447400" not in html

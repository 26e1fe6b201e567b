"""/health/ tells the truth about the database; public pages load nothing from elsewhere."""

import re

import pytest
from django.db.utils import ConnectionHandler

from cms.models import AdvicePage, EventPage, HomePage
from portal import views
from tests.factories.pages import new_page


@pytest.mark.django_db
def test_health_is_ok_when_the_database_answers(client):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "search": "database", "tasks": "ok",
                              "notifications": "ok"}
    assert set(body["queue"]) == {"ready_tasks", "stale_tasks", "pending_notifications",
                                  "oldest_pending_notification_seconds"}
    assert response["Cache-Control"] == "private, no-store"


def test_health_is_503_when_the_database_cannot_be_reached(client, monkeypatch, tmp_path):
    unreachable = ConnectionHandler({"default": {
        "ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "missing" / "db.sqlite3"),
    }})["default"]
    monkeypatch.setattr(views, "connection", unreachable)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"


@pytest.mark.django_db
@pytest.mark.parametrize("model", [HomePage, AdvicePage, EventPage], ids=lambda m: m.__name__)
def test_public_pages_request_nothing_from_another_host(client, model):
    response = client.get(new_page(model, "cy").url)
    html = response.content.decode()
    loaded = re.findall(r'<(?:script|img|iframe|source|link)\b[^>]*?(?:src|href)="([^"]+)"', html)
    external = [url for url in loaded if re.match(r"(https?:)?//", url)
                and not url.startswith("http://testserver/")]
    assert loaded and not external
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert "<script>" not in html  # no inline scripts: CSP would block them


@pytest.mark.django_db
def test_admin_keeps_a_policy_that_lets_wagtail_work(client):
    response = client.get("/admin/login/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_deploy_check_wants_a_shared_cache(settings):
    from portal.checks import shared_cache

    settings.SHARED_CACHE = False
    assert [w.id for w in shared_cache(None)] == ["portal.W001"]
    settings.SHARED_CACHE = True
    assert shared_cache(None) == []


def test_deploy_check_wants_leases_longer_than_the_provider_timeouts(settings):
    from portal.checks import leases_outlast_provider_timeouts as check

    assert check(None) == []  # the shipped defaults
    settings.EMAIL_TIMEOUT = 120  # a send could take 3 x 120 s, the notification lease is 300
    warnings = check(None)
    assert [w.id for w in warnings] == ["portal.W002"]
    assert "NOTIFICATION_LEASE_SECONDS (300 s)" in warnings[0].msg
    assert "EMAIL_TIMEOUT (120 s)" in warnings[0].msg
    settings.EMAIL_TIMEOUT, settings.SEARCH_INDEX_TIMEOUT = 20, 400
    assert ["TASK_LEASE_SECONDS" in w.msg and "SEARCH_INDEX_TIMEOUT" in w.msg
            for w in check(None)] == [True]

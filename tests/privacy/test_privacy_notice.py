"""The privacy notice states the retention schedule from the data the retention job applies, in
both languages, and an edit of a rule shows on the notice at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from retention.models import RetentionRule
from tests.factories import pages

pytestmark = pytest.mark.django_db


def notice_with_schedule(language):
    page = pages.standard_page("Privacy notice")
    for version in (page, pages.in_language(page, "cy")):
        version.body = [("paragraph", "<p>How long we keep it.</p>"), ("retention_schedule", None)]
        version.save_revision().publish()
    return pages.in_language(page, language)


def rows(response):
    html = response.content.decode()
    return html[html.index("ac-retention-schedule"):html.index("</table>", html.index(
        "ac-retention-schedule"))]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_notice_lists_every_rule_with_its_period_action_and_reason(client, language):
    table = rows(client.get(notice_with_schedule(language).url))
    rules = list(RetentionRule.objects.all())
    assert len(rules) == 7
    for rule in rules:
        reason = rule.reason_cy if language == "cy" else rule.reason_en
        assert reason.replace("'", "&#x27;") in table
    recording = RetentionRule.objects.get(kind="voicemail-recording")
    if language == "cy":
        assert "Recordiad neges llais" in table
        assert f"{recording.keep_for_months} mis ar ôl y cyswllt diwethaf" in table
        assert "Caiff ei dileu" in table and "Caiff ei gwneud yn ddienw" in table
    else:
        assert "Voicemail recording" in table
        assert f"{recording.keep_for_months} months after the last contact" in table
        assert "Deleted" in table and "Anonymised" in table


def test_an_edited_rule_shows_on_the_notice_at_once(client):
    page = notice_with_schedule("en")
    assert "36 months after the last contact" in rows(client.get(page.url))
    rule = RetentionRule.objects.get(kind="enquiry-closed")
    rule.keep_for_months = 48
    rule.action = "delete"
    rule.reason_en = "Kept four years for complaints."
    rule.save()
    table = rows(client.get(page.url))
    assert "48 months after the last contact" in table
    assert "36 months" not in table
    assert "Kept four years for complaints." in table


def test_the_schedule_costs_no_query_once_read(client):
    page = notice_with_schedule("en")
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    assert not [q for q in queries if "retention_retentionrule" in q["sql"]]

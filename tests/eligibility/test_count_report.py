"""The finished checks report (Reports → Finished checks): rows per day, week or month with the
counts by language and outcome, totals for the chosen dates and the enquiries about adopting of
those dates; filters narrow; the export has the figures with headings in the reader's language;
a Welsh admin reads Welsh; only Managers, Marketing editors and Administrators may look; and the
queries do not grow with the days."""

import csv
import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import LocalAuthority
from eligibility.counts import CheckCount
from enquiries.intake import NewEnquiry, receive
from enquiries.models import Enquiry
from tests.staff import ADMINISTRATOR, AGENT, MANAGER, MARKETING, REGIONAL, make_staff
from tests.test_permission_matrix import outcome
from tests.test_welsh_staff_screens import visible_text, welsh_admin

pytestmark = pytest.mark.django_db
URL = "/admin/reports/check-counts/"
RESULTS = "/admin/reports/check-counts/results/"
DAY = datetime.date(2026, 3, 2)  # a Monday
IN_RANGE = {"day_from": "2026-03-02", "day_to": "2026-03-04"}


def count(day, language, outcome, number):
    return CheckCount.objects.create(day=day, language=language, outcome=outcome, count=number)


@pytest.fixture
def counts():
    """Three days of the first week of March, one day of the next week, one of April."""
    count(DAY, "en", "completed", 5)
    count(DAY, "cy", "completed", 2)
    count(DAY, "en", "signposted", 1)
    count(DAY + datetime.timedelta(1), "cy", "signposted", 3)
    count(DAY + datetime.timedelta(2), "en", "completed", 4)
    count(DAY + datetime.timedelta(7), "cy", "completed", 6)
    count(datetime.date(2026, 4, 1), "en", "completed", 10)


def enquiry_on(day, language="en", interest="adopting"):
    enquiry = receive(NewEnquiry(
        first_name="Nia", last_name="Prawf", email=f"nia.{day}.{interest}@example.org",
        language=language, interest=interest, contact_method="email",
        local_authority=LocalAuthority.objects.get(gss_code="W06000015")))
    noon = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    Enquiry.objects.filter(pk=enquiry.pk).update(created_at=noon)


@pytest.fixture
def manager(client):
    client.force_login(make_staff(MANAGER))


def table_rows(response):
    """The rows of the report's table (not the totals'): [[period, figures…], …]."""
    page = response.content.decode()
    after = page.index("</table>", page.index("check-count-totals"))  # the listing follows
    body = page[page.index("<tbody", after):]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body[:body.index("</tbody>")], flags=re.S)
    return [[re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cell)).strip()
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)] for row in rows]


def totals(response):
    page = response.content.decode()
    start = page.index("check-count-totals")
    block = page[start:page.index("</table>", start)]
    return {re.sub(r"\s+", " ", name).strip(): int(value) for name, value in re.findall(
        r"<th scope=\"row\">(.*?)</th><td>(\d+)</td>", block, flags=re.S)}


def test_counts_per_day_and_totals_for_the_dates(client, manager, counts):
    enquiry_on(DAY)
    enquiry_on(DAY + datetime.timedelta(2), language="cy")
    enquiry_on(DAY, interest="fostering")  # not about adopting
    enquiry_on(DAY + datetime.timedelta(7))  # after the dates
    response = client.get(URL, IN_RANGE)
    assert response.status_code == 200
    assert table_rows(response) == [
        ["4 March 2026", "4", "0", "0", "0", "4"],
        ["3 March 2026", "0", "0", "0", "3", "3"],
        ["2 March 2026", "5", "2", "1", "0", "8"],
    ]
    assert totals(response) == {
        "Completed in English": 9, "Completed in Welsh": 2, "Signposted in English": 1,
        "Signposted in Welsh": 3, "All finished checks": 15,
        "Enquiries about adopting that arrived on these dates": 2}
    assert "Totals from 2 March 2026 to 4 March 2026" in visible_text(response)


def test_rows_per_week_and_per_month(client, manager, counts):
    weeks = table_rows(client.get(URL, {"period": "week"}))
    assert weeks == [["Week beginning 30 March 2026", "10", "0", "0", "0", "10"],
                     ["Week beginning 9 March 2026", "0", "6", "0", "0", "6"],
                     ["Week beginning 2 March 2026", "9", "2", "1", "3", "15"]]
    months = table_rows(client.get(URL, {"period": "month", "ordering": "period"}))
    assert months == [["March 2026", "9", "8", "1", "3", "21"],
                      ["April 2026", "10", "0", "0", "0", "10"]]


def test_without_dates_the_totals_cover_the_counted_days(client, manager, counts):
    enquiry_on(datetime.date(2026, 2, 1))  # before the first count
    enquiry_on(datetime.date(2026, 4, 1))
    response = client.get(URL)
    assert totals(response)["All finished checks"] == 31
    assert totals(response)["Enquiries about adopting that arrived on these dates"] == 1
    assert "Totals from 2 March 2026 to 1 April 2026" in visible_text(response)


def test_filters_by_language_and_outcome(client, manager, counts):
    enquiry_on(DAY)
    enquiry_on(DAY, language="cy")
    welsh = client.get(URL, {**IN_RANGE, "language": "cy"})
    assert table_rows(welsh) == [["3 March 2026", "0", "0", "0", "3", "3"],
                                 ["2 March 2026", "0", "2", "0", "0", "2"]]
    assert totals(welsh)["Enquiries about adopting that arrived on these dates"] == 1
    signposted = client.get(URL, {"outcome": "signposted", "period": "month"})
    assert table_rows(signposted) == [["March 2026", "0", "0", "1", "3", "4"]]
    assert totals(signposted)["All finished checks"] == 4


def test_the_results_fragment_filters_too(client, manager, counts):
    response = client.get(RESULTS, {**IN_RANGE, "outcome": "completed"})
    assert response.status_code == 200
    assert [row[0] for row in table_rows(response)] == ["4 March 2026", "2 March 2026"]


def test_csv_export_has_the_filtered_rows(client, manager, counts):
    response = client.get(URL, {**IN_RANGE, "export": "csv"})
    assert response["Content-Disposition"].startswith('attachment; filename="finished-checks-')
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows == [
        ["Period starting", "Completed in English", "Completed in Welsh",
         "Signposted in English", "Signposted in Welsh", "All finished checks"],
        ["2026-03-04", "4", "0", "0", "0", "4"],
        ["2026-03-03", "0", "0", "0", "3", "3"],
        ["2026-03-02", "5", "2", "1", "0", "8"],
    ]


def test_xlsx_export(client, manager, counts):
    from openpyxl import load_workbook

    response = client.get(URL, {"period": "month", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Period starting"
    assert [row[1:] for row in values[1:]] == [[10, 0, 0, 0, 10], [9, 8, 1, 3, 21]]


def test_a_welsh_admin_reads_welsh(client, counts):
    client.force_login(welsh_admin(MARKETING))
    response = client.get(URL, {"period": "week"})
    text = visible_text(response)
    assert 'lang="cy"' in response.content.decode()
    for welsh in ("Gwiriadau a orffennwyd", "Wedi’u cwblhau yn Gymraeg",
                  "Wythnos yn dechrau 2 Mawrth 2026",
                  "Cyfansymiau o 2 Mawrth 2026 i 1 Ebrill 2026"):
        assert welsh in text, welsh
    for english in ("Completed in Welsh", "Week beginning", "Totals from"):
        assert english not in text, english
    months = table_rows(client.get(URL, {"period": "month"}))
    assert [row[0] for row in months] == ["Ebrill 2026", "Mawrth 2026"]
    exported = b"".join(client.get(URL, {"export": "csv"}).streaming_content).decode()
    assert exported.splitlines()[0].startswith("Cyfnod yn dechrau,Wedi’u cwblhau yn Saesneg,")


def test_queries_do_not_grow_with_the_days(client, manager):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL, {"period": "day"}).status_code == 200
        return len(captured)

    count(DAY, "en", "completed", 1)
    client.get(URL)  # warm per-process caches
    few = queries()
    for day in range(1, 40):
        count(DAY + datetime.timedelta(day), "cy", "signposted", day)
    assert queries() == few


@pytest.mark.parametrize("role", [MANAGER, MARKETING, ADMINISTRATOR])
def test_the_roles_that_may_look(client, counts, role):
    client.force_login(make_staff(role))
    for url in (URL, RESULTS, URL + "?export=csv"):
        assert client.get(url).status_code == 200, url
    assert "Finished checks" in client.get("/admin/").content.decode()  # in the Reports menu


@pytest.mark.parametrize("who", [{"role": AGENT}, {"role": REGIONAL, "region": "north-wales"},
                                 {"role": MANAGER, "profile": False}])
def test_others_are_refused(client, counts, who):
    client.force_login(make_staff(**who))
    for url in (URL, RESULTS, URL + "?export=csv"):
        assert outcome(client.get(url)) == "refused", url
    assert "Finished checks" not in client.get("/admin/").content.decode()


def test_a_figure_for_every_outcome_and_language():
    from eligibility.report import FIGURES
    from portal.languages import LANGUAGES

    assert {key for key, _label in FIGURES} == {f"{language}_{outcome}"
                                                for outcome, _o in CheckCount.OUTCOMES
                                                for language, _l in LANGUAGES}


def test_input_the_filters_cannot_read_is_not_an_error(client, manager, counts):
    for query in ({"period": "year"}, {"day_from": "2 Mawrth"}, {"language": "fr"}):
        response = client.get(URL, query)
        assert response.status_code == 200, query
        assert len(table_rows(response)) == 5  # unfiltered, by day, as Wagtail does

"""The check's pages render with a pinned number of queries (as tests/test_query_budget.py
pins every page type): the start page, a question, the summary, and the counted step."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.eligibility.helpers import first_answers
from tests.factories.pages import eligibility_check_page, in_language

pytestmark = pytest.mark.django_db

# Welsh pages cost one query more than English: routing looks up the Welsh locale.
# Navigation and footer are rendered each time here (the test settings); the site, the page and
# its versions come as in tests/test_query_budget.py.
BUDGET = {"start": 8, "question": 12, "summary": 13, "finish": 10}


def urls(page, answers):
    last = len(page.question_list)
    return {
        "start": (page.url, {}),
        "question": (page.question_url(2), {"age": answers["age"]}),
        "summary": (page.summary_url, answers),
        "finish": (page.question_url(last), {**answers, "sent": "1"}),  # counted, redirected
    }


@pytest.mark.parametrize("step", BUDGET)
@pytest.mark.parametrize("language", ["en", "cy"])
def test_queries_per_step(client, step, language):
    check = eligibility_check_page()
    page = in_language(check, language)
    url, query = urls(page, first_answers(check))[step]
    client.get(url, query)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
    assert response.status_code == (302 if step == "finish" else 200)
    expected = BUDGET[step] + (1 if language == "cy" else 0)
    assert len(queries) == expected, "\n".join(q["sql"][:200] for q in queries)

"""Walking the check as a reader does: one GET form per question, following each redirect."""

from urllib.parse import urlencode

from tests.factories.pages import in_language


def walk(client, page, choices, language="en"):
    """Answer `choices` ({question key: answer key}, in the questions' order) from question 1;
    returns the responses, the last being where the final answer led (not followed)."""
    page = in_language(page, language)
    url, answered, responses = page.question_url(1), [], []
    for key, value in choices.items():
        shown = client.get(url + (f"?{urlencode(answered)}" if answered else ""))
        responses.append(shown)
        assert shown.status_code == 200, (url, shown.status_code)
        answered.append((key, value))
        sent = client.get(url, {**dict(answered), "sent": "1"})
        responses.append(sent)
        assert sent.status_code == 302
        url = sent["Location"].split("?")[0]
    return responses


def first_answers(page):
    """Each question's first answer that goes on with the check."""
    return {q.key: next(a.key for a in q.answers.values() if not a.leads_to)
            for q in page.question_list}

"""The check's steps, served by EligibilityCheckPage's routes. Plain GET forms: the answers so
far travel in the address and hidden fields, never in a session or cookie, and the pages are
never kept by a cache (the answers are the reader's)."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from cms.models import EventPage
from eligibility.counts import CheckCount
from eligibility.flow import Answers

EVENTS_SHOWN = 3
SUMMARY_ROUTES = {"en": "summary/", "cy": "crynodeb/"}


def question(page, request, number):
    questions = page.question_list
    if not 1 <= number <= len(questions):
        raise Http404
    current = questions[number - 1]
    answers = Answers.read(questions, request.GET)
    if answers.unknown:
        return refused(page, request, answers)
    changing = bool(request.GET.get("change"))
    if request.GET.get("sent"):
        if current.key in answers.chosen:
            return next_step(page, answers, current, changing)
        error = _("Choose an answer")
    else:
        earlier = answers.first_unanswered()
        if earlier and earlier.number < number:  # an address that skips a question
            return redirect(page.question_url(earlier.number) + answers.query())
        error = None
    previous = (page.question_url(number - 1) if number > 1 else page.url)
    return render(page, request, "eligibility/question.html", {
        "question": current, "chosen": answers.chosen.get(current.key), "error": error,
        "hidden": [(key, a.key) for key, a in answers.without(current.key).chosen.items()],
        "changing": changing, "back_url": previous + answers.query(),
        "position": {"number": number, "total": len(questions)},
    }, route=f"{number}/", answers=answers)


def next_step(page, answers, current, changing):
    """Where an answer leads: the outside-Wales signpost, the next unanswered question, or the
    summary. Finishing is counted here (a redirect, never cached), not on the summary."""
    if answers.signposted:
        CheckCount.add_one(CheckCount.SIGNPOSTED)
        return redirect(reverse("enquiries:outside_wales"))
    following = answers.first_unanswered(after=0 if changing else current.number)
    if following:
        extra = {"change": "1"} if changing else {}
        return redirect(page.question_url(following.number) + answers.query(**extra))
    if not changing:
        CheckCount.add_one(CheckCount.COMPLETED)
    return redirect(page.summary_url + answers.query())


def summary(page, request):
    answers = Answers.read(page.question_list, request.GET)
    if answers.unknown:
        return refused(page, request, answers)
    if answers.signposted:
        return redirect(reverse("enquiries:outside_wales"))
    missing = answers.first_unanswered()
    if missing:
        return redirect(page.question_url(missing.number) + answers.query())
    change_query = answers.query(change="1")
    rows = [(q, a, page.question_url(q.number) + change_query) for q, a in answers.summary()]
    return render(page, request, "eligibility/summary.html", {
        "rows": rows, "events": nearest_events(page, answers.region_id),
        "enquiry_url": reverse("enquiries:form") + "?interest=adopting",
        "back_url": page.question_url(len(page.question_list)) + answers.query(),
    }, route=SUMMARY_ROUTES, answers=answers)


def nearest_events(page, region_id):
    """The soonest upcoming events in the page's language: the reader's region's, if they
    chose a region that has any; else the soonest of all."""
    events = EventPage.upcoming().filter(locale_id=page.locale_id)
    if region_id:
        local = list(events.filter(region_id=region_id)[:EVENTS_SHOWN])
        if local:
            return local
    return list(events[:EVENTS_SHOWN])


def refused(page, request, answers):
    """An address with answers the check does not offer (edited by hand, or from before the
    questions changed): said plainly, with a way to start again."""
    labels = [q.text for q in answers.questions if q.key in answers.unknown]
    return render(page, request, "eligibility/refused.html", {"unknown": labels},
                  route="", answers=Answers(answers.questions, {}, []), status=400)


def render(page, request, template, context, route, answers, status=200):
    """A step in the portal's layout. The language switch keeps the step and the answers:
    `route` is the step's path after the page's URL, or {language: path}."""
    response = page.render(request, template=template, context_overrides=context)
    query = answers.query()

    def step(code, url):
        return url + (route.get(code, "") if isinstance(route, dict) else route)

    data = response.context_data
    data["translations"] = {code: step(code, url) + query
                            for code, url in data.get("translations", {}).items()}
    # hreflang and canonical name the step itself; the answers stay out of them.
    data["alternates"] = {code: step(code, url) for code, url in data.get("alternates", {}).items()}
    response.status_code = status
    add_never_cache_headers(response)
    return response

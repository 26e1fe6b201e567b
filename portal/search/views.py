from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.search import results_cache, service
from portal.search.forms import SearchForm
from portal.search.sections import sections


@never_cache  # a search can name a person; it is theirs, not the shared cache's
@require_GET
def search(request):
    language = get_language()
    topics = results_cache.remember(("sections", language), lambda: sections(language))
    form = SearchForm(request.GET or None, sections=topics)
    outcome = None
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        outcome = service.run(
            form.cleaned_data["q"],
            language,
            section=form.section_path(),
            page=form.cleaned_data["page"] or 1,
        )
    context = {"form": form, "outcome": outcome, "query": form.data.get("q", "")}
    context["enquiry_url"] = _help_url()
    if outcome and outcome.pages > 1:
        context["pagination"] = _pagination(request, outcome)
    return render(request, "portal/search/search.html", context)


def _pagination(request, outcome):
    """Previous / next links and numbered pages, keeping the query and topic."""
    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return f"?{params.urlencode()}"

    numbers = range(max(1, outcome.page - 2), min(outcome.pages, outcome.page + 2) + 1)
    return {
        "previous": link(outcome.page - 1) if outcome.page > 1 else None,
        "next": link(outcome.page + 1) if outcome.page < outcome.pages else None,
        "items": [{"number": n, "href": link(n), "current": n == outcome.page} for n in numbers],
    }


@require_GET
@never_cache
def suggest(request):
    """Titles for the search box as the reader types (progressive enhancement)."""
    prefix = request.GET.get("q", "")
    found = service.suggest(prefix, get_language())
    return JsonResponse({"suggestions": [{"title": t, "url": u} for t, u in found]})


def _help_url() -> str:
    """Where a reader who found nothing can ask instead (the enquiry form, by setting)."""
    try:
        return reverse(settings.SEARCH_HELP_URL_NAME)
    except NoReverseMatch:
        return f"/{get_language()}/"

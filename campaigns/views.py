"""Campaign short links: /c/<code>/ -> the campaign page in the reader's language.

No cookie is set and nothing is tracked: the link's source and medium travel on in the URL and
reach the enquiry form only if the person follows the campaign's call to enquire.
"""

from django.http import Http404, HttpResponseRedirect
from django.utils.http import urlencode
from django.utils.translation import get_language_from_request
from django.views.decorators.cache import never_cache

from campaigns.models import live_pages
from enquiries import attribution


@never_cache
def short_link(request, code):
    code = attribution.known_code(code)  # "" unless a campaign is live in every language
    if not code:
        raise Http404("No live campaign has this code.")
    language = get_language_from_request(request)
    page = (live_pages().filter(code=code, locale__language_code=language).first()
            or live_pages().filter(code=code).first())
    params = {name: attribution.clean_token(request.GET.get(key, ""))
              for name, key in (("source", "s"), ("medium", "m"))}
    query = urlencode({k: v for k, v in params.items() if v})
    return HttpResponseRedirect(page.url + (f"?{query}" if query else ""))

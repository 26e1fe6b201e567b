"""The Wagtail site for a request, with its home page, kept per process under the content
version (portal.content_version): a site or home page edit renews it. Each request gets its own
copies, so nothing set on them during a request reaches another."""

import copy

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from portal import content_version

_memo = content_version.Memo()


def _find(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class SiteMiddleware:
    """Gives Wagtail's page view the site before it looks for one; other views never ask."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if view is not wagtail_views.serve:
            return None
        try:
            request.get_host()  # only allowed hosts are kept, so the memo stays small
        except DisallowedHost:
            return None
        key = (split_domain_port(request._get_raw_host())[0], request.get_port())
        site = _memo.get(key, lambda: _find(request))
        if site is not None:
            site = copy.copy(site)
            site.root_page = copy.copy(site.root_page)
        request._wagtail_site = site  # where Site.find_for_request keeps it
        return None

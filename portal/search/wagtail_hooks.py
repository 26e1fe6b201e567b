"""Admin report: searches that found nothing, per language, for editors who pin promotions."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.search.models import ZeroResultSearch

PERMISSION = "wagtailsearchpromotions.add_searchpromotion"


def zero_results(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    language = request.GET.get("language", "")
    searches = ZeroResultSearch.objects.order_by("-hits", "-last_searched_at")
    if language in {"en", "cy"}:
        searches = searches.filter(language=language)
    return render(
        request,
        "portal/search/admin/zero_results.html",
        {"searches": searches[:200], "language": language},
    )


@hooks.register("register_admin_urls")
def urls():
    return [path("search/zero-results/", zero_results, name="search_zero_results")]


class ZeroResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def menu_item():
    return ZeroResultsMenuItem(
        _("Searches that found nothing"), reverse("search_zero_results"), icon_name="search",
        order=900,
    )

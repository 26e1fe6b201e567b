"""The content status report (Reports → Content status): every page with its state in English
and in Welsh (Welsh-only pages included, and Welsh pages older than their English),
filterable, exported as CSV or XLSX, for the staff who edit or translate pages. The states are
`cms.content_status`'s; this module is the Wagtail report around them.

It is declared with `portal.staff_access.staff_view`, which asks the staff access policy named
in settings: cms may not import enquiries (where the policy lives), and the permission matrix
finds the view here (cms is in its apps)."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, get_page_models

from cms.content_status import ENGLISH_STATES, WELSH_STATES, describe, english_pages
from portal.exports import ExportInReadersLanguage
from portal.staff_access import staff_view

PERMISSION = "wagtailcore.change_page"  # page permission on the tree (docs/staff-sign-in.md)
NOT_LIVE_IN_WELSH = "missing"


def welsh_state_choices():
    return [(NOT_LIVE_IN_WELSH, _("Anything not live in Welsh")), *WELSH_STATES.items()]


def page_type_choices():
    types = [(ContentType.objects.get_for_model(model).pk, model._meta.verbose_name)
             for model in get_page_models() if model is not Page]
    return sorted(((pk, str(name).capitalize()) for pk, name in types), key=lambda c: c[1])


def section_choices():
    """The English home page's children: the site's sections."""
    sections = Page.objects.filter(locale=Locale.get_default(), depth=3).order_by("path")
    return [(page.pk, page.title) for page in sections.only("pk", "title")]


class ContentStatusFilterSet(WagtailFilterSet):
    welsh_state = django_filters.ChoiceFilter(label=_("Welsh"), choices=welsh_state_choices,
                                              method="filter_welsh_state", empty_label=_("All"))
    english_state = django_filters.ChoiceFilter(label=_("English"),
                                                choices=list(ENGLISH_STATES.items()),
                                                empty_label=_("All"))
    content_type = django_filters.ChoiceFilter(label=_("Page type"), choices=page_type_choices,
                                               empty_label=_("All"))
    section = django_filters.ChoiceFilter(label=_("Section"), choices=section_choices,
                                          method="filter_section", empty_label=_("All"))

    class Meta:
        model = Page
        fields = []

    def _add_locale_filter(self):
        """No locale filter (WagtailFilterSet adds one to translatable models): every row is an
        English page, and its Welsh is a column of its own."""

    def filter_welsh_state(self, pages, name, value):
        if value == NOT_LIVE_IN_WELSH:
            return pages.exclude(welsh_state__in=["live", "outdated"])
        return pages.filter(welsh_state=value)

    def filter_section(self, pages, name, value):
        """The section's pages in English, and its Welsh-only pages under its Welsh page."""
        section = Page.objects.filter(pk=value).only("translation_key").first()
        if section is None:
            return pages.none()
        paths = Page.objects.filter(translation_key=section.translation_key).values_list(
            "path", flat=True)
        return pages.filter(Q(*[Q(path__startswith=path) for path in paths], _connector=Q.OR))


class ContentStatusView(ExportInReadersLanguage, ReportView):
    page_title = _("Content status")
    header_icon = "site"
    verbose_name_plural = _("pages")
    filterset_class = ContentStatusFilterSet
    index_url_name = "cms_content_status"
    index_results_url_name = "cms_content_status_results"
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda page: page.edit_url),
        Column("page_type", label=_("Page type")),
        Column("english_state_label", label=_("English")),
        Column("welsh_state_label", label=_("Welsh")),
        Column("welsh_progress", label=_("Translation progress")),
        TitleColumn("welsh_link", label=_("Welsh page"), get_url=lambda page: page.welsh_url),
        DateColumn("last_published_at", label=_("Last published")),
    ]
    list_export = ["title", "page_type", "english_state_label", "welsh_state_label",
                   "welsh_progress", "last_published_at", "url_path"]
    export_headings = {"title": _("Title"), "page_type": _("Page type"),
                       "english_state_label": _("English"), "welsh_state_label": _("Welsh"),
                       "welsh_progress": _("Translation progress"),
                       "last_published_at": _("Last published"), "url_path": _("Path")}

    def get_queryset(self):
        return english_pages().order_by("path")

    def get_table(self, object_list):
        return super().get_table(describe(object_list))

    def decorate_paginated_queryset(self, object_list):
        return describe(object_list) if self.is_export else object_list  # the table's are done

    def get_filename(self):
        return f"content-status-{timezone.localdate():%Y-%m-%d}"


index = staff_view(get=PERMISSION)(ContentStatusView.as_view())
results = staff_view(get=PERMISSION)(ContentStatusView.as_view(results_only=True))

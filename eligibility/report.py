"""Finished checks as a Wagtail report (Reports → Finished checks): rows per day, week or month
with completed and signposted counts by language, totals for the chosen dates, and, for context,
how many enquiries about adopting arrived in the same dates. Exported as CSV or XLSX. Every
figure is a count: the check keeps nothing else (eligibility.counts)."""

from datetime import timedelta

import django_filters
from django.db.models import DateField, Max, Min, Q, Sum
from django.db.models.functions import Coalesce, Trunc
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from eligibility.counts import CheckCount
from enquiries import access
from enquiries.dashboard.figures import local_midnight
from enquiries.models import Enquiry
from portal.exports import ExportInReadersLanguage
from portal.languages import LANGUAGES

PERMISSION = "eligibility.view_checkcount"
PERIODS = [("day", _("Day")), ("week", _("Week")), ("month", _("Month"))]
# One figure per outcome and language (a test holds them to CheckCount.OUTCOMES and LANGUAGES):
# (key, its column heading).
FIGURES = [
    ("en_completed", _("Completed in English")), ("cy_completed", _("Completed in Welsh")),
    ("en_signposted", _("Signposted in English")), ("cy_signposted", _("Signposted in Welsh")),
]


def sums():
    """The figures (and their total) as aggregates of `count`; 0 where no row matches."""
    figures = {}
    for key, _label in FIGURES:
        language, outcome = key.split("_")
        figures[key] = Coalesce(Sum("count", filter=Q(language=language, outcome=outcome)), 0)
    return {**figures, "total": Coalesce(Sum("count"), 0)}


def period_label(day, kind):
    """A row's period in the reader's language: "2 December 2026", "Week beginning 30 November
    2026", "December 2026"."""
    if kind == "month":
        return date_format(day, "YEAR_MONTH_FORMAT")
    label = date_format(day, "j F Y")
    return _("Week beginning %(day)s") % {"day": label} if kind == "week" else label


class CheckCountFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(label=_("Rows per"), choices=PERIODS,
                                         method="grouped_later", empty_label=None)
    day = django_filters.DateFromToRangeFilter(label=_("Dates"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGES,
                                           empty_label=_("All"))
    outcome = django_filters.ChoiceFilter(label=_("Outcome"), choices=CheckCount.OUTCOMES,
                                          empty_label=_("All"))

    class Meta:
        model = CheckCount
        fields = []

    def grouped_later(self, counts, name, value):
        return counts  # the view groups the rows by it


class CheckCountReport(ExportInReadersLanguage, ReportView):
    page_title = _("Finished checks")
    header_icon = "table"
    verbose_name_plural = _("periods")
    filterset_class = CheckCountFilterSet
    index_url_name = "eligibility_check_counts"
    index_results_url_name = "eligibility_check_counts_results"
    results_template_name = "eligibility/check_counts_results.html"
    default_ordering = "-period"
    columns = [
        Column("label", label=_("Period"), sort_key="period"),
        *[Column(key, label=label) for key, label in FIGURES],
        Column("total", label=_("All finished checks")),
    ]
    list_export = ["period", *[key for key, _label in FIGURES], "total"]
    export_headings = {"period": _("Period starting"), **dict(FIGURES),
                       "total": _("All finished checks")}

    def chosen(self, name):
        """A filter's value, if the filters are valid (Wagtail ignores them all otherwise)."""
        return self.filters.form.cleaned_data.get(name) if self.filters.is_valid() else None

    @property
    def kind(self):
        return self.chosen("period") or "day"

    def counts(self):
        """The counts the filters choose, before grouping."""
        return self.filter_queryset(CheckCount.objects.all())

    def get_queryset(self):
        period = Trunc("day", self.kind, output_field=DateField())
        rows = self.counts().annotate(period=period).values("period").annotate(**sums())
        return rows.order_by(self.ordering if self.ordering in ("period", "-period")
                             else self.default_ordering)

    def get_filtered_queryset(self):
        return self.get_queryset()  # filtered before grouping

    def get_table(self, object_list):
        return super().get_table([{**row, "label": period_label(row["period"], self.kind)}
                                  for row in object_list])

    def totals(self):
        """The chosen dates' figures in one query, and the enquiries about adopting that arrived
        between the first and last day (the chosen dates, else the counted days) in another."""
        totals = self.counts().aggregate(**sums(), first=Min("day"), last=Max("day"))
        chosen = self.chosen("day")
        first = chosen.start.date() if chosen and chosen.start else totals["first"]
        last = chosen.stop.date() if chosen and chosen.stop else totals["last"]
        enquiries = None
        if first and last:
            adopting = Enquiry.objects.filter(interest="adopting",
                                              created_at__gte=local_midnight(first),
                                              created_at__lt=local_midnight(last + timedelta(1)))
            language = self.chosen("language")
            if language:
                adopting = adopting.filter(language=language)
            enquiries = access.wall(adopting, self.request.user).count()
        return {"figures": [(label, totals[key]) for key, label in FIGURES],
                "total": totals["total"], "first": first, "last": last, "enquiries": enquiries}

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            context["totals"] = self.totals()
        return context

    def get_filename(self):
        return f"finished-checks-{timezone.localdate():%Y-%m-%d}"


index = access.staff_view(get=PERMISSION)(CheckCountReport.as_view())
results = access.staff_view(get=PERMISSION)(CheckCountReport.as_view(results_only=True))

"""The audit trail as a Wagtail report for managers: filtered by who, person, action and date,
newest first, exported as CSV or XLSX. Reading the trail, or exporting it, is itself audited."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from enquiries import access
from enquiries.audit import _entry
from enquiries.models import AuditEntry

PERMISSION = "enquiries.view_auditentry"
NOT_FILTERS = ("p", "export", "_w_filter_fragment")  # paging, format and Wagtail's own


def action_choices():
    actions = AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct()
    return [(action, action) for action in actions]


class AuditFilterSet(WagtailFilterSet):
    actor = django_filters.CharFilter(label=_("Who"), lookup_expr="icontains")
    person = django_filters.NumberFilter(label=_("Person"), field_name="contact_id")
    action = django_filters.ChoiceFilter(label=_("Action"), choices=action_choices,
                                         empty_label=_("All"))
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = []


class AuditReportView(ReportView):
    page_title = _("Audit trail")
    header_icon = "history"
    model = AuditEntry  # its Meta ordering is newest first
    verbose_name_plural = AuditEntry._meta.verbose_name_plural
    filterset_class = AuditFilterSet
    index_url_name = "enquiries_audit"
    index_results_url_name = "enquiries_audit_results"
    columns = [
        DateColumn("at", label=_("When")),
        Column("actor", label=_("Who")),
        Column("action", label=_("Action")),
        Column("object_type", label=_("Record type")),
        Column("object_id", label=_("Record id")),
        Column("contact_id", label=_("Person")),
        Column("hits", label=_("Results")),
        Column("detail", label=_("Detail")),
    ]
    list_export = ["at", "actor", "action", "object_type", "object_id", "contact_id", "hits",
                   "detail"]
    export_headings = {"object_id": _("Record id")}

    def get_filename(self):
        return f"audit-trail-{timezone.localdate():%Y-%m-%d}"

    def get(self, request, *args, **kwargs):
        # Written before the listing is read, so this read is part of what it shows.
        filters = request.GET.copy()
        for key in NOT_FILTERS:
            filters.pop(key, None)
        action = "export-audit" if self.is_export else "read-audit"
        _entry(request.user, action, object_type="auditentry", detail=filters.urlencode(),
               path=request.get_full_path()).save()
        return super().get(request, *args, **kwargs)


index = access.staff_view(get=PERMISSION)(AuditReportView.as_view())
results = access.staff_view(get=PERMISSION)(AuditReportView.as_view(results_only=True))

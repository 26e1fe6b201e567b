"""The enquiry queue on Wagtail's listing machinery: a FilterSet in the filter drawer, sortable
columns, search (enquiries.finding), overdue rows marked, CSV and XLSX export in the reader's
language, and a form for bulk actions (enquiries.staff.bulk). Rows come only from
`access.enquiries(user)`: the wall applies before any filter, search or export."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, ExpressionWrapper, Q, Value, When
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, Table, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import AdminDateInput

from directory.models import Agency, Region
from enquiries import access, finding
from enquiries.audit import audit, audit_search
from enquiries.models import Enquiry
from enquiries.staff.forms import BulkForm
from portal.languages import LANGUAGES

VIEW, CHANGE = "enquiries.view_enquiry", "enquiries.change_enquiry"
EXPORT = "enquiries.export_enquiry"


def overdue_on(today):
    """Waiting for a first response after the day it was due."""
    return Q(first_responded_at__isnull=True, first_response_due__lt=today)


class EnquiryFilters(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Enquiry.STATUSES, widget=forms.CheckboxSelectMultiple)
    # A choice rather than a checkbox: an unticked box would count as an active filter.
    overdue = django_filters.ChoiceFilter(label=_("Overdue"), method="only_overdue",
                                          choices=[("1", _("Overdue only"))],
                                          empty_label=_("Overdue or not"))
    region = django_filters.ModelChoiceFilter(label=_("Region"), to_field_name="slug",
                                              queryset=Region.objects.all())
    agency = django_filters.ModelChoiceFilter(label=_("Voluntary adoption agency"),
                                              to_field_name="slug",
                                              queryset=Agency.objects.all())
    interest = django_filters.ChoiceFilter(label=_("About"), choices=Enquiry.INTERESTS,
                                           empty_label=_("Any topic"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGES,
                                           empty_label=_("Any language"))
    created_from = django_filters.DateFilter(label=_("Received from"), field_name="created_at",
                                             lookup_expr="date__gte", widget=AdminDateInput)
    created_to = django_filters.DateFilter(label=_("Received until"), field_name="created_at",
                                           lookup_expr="date__lte", widget=AdminDateInput)
    campaign = django_filters.CharFilter(label=_("Campaign code"), field_name="campaign_code")

    class Meta:
        model = Enquiry
        fields = []

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None and not access.scope(request.user).national:
            del self.filters["region"], self.filters["agency"]  # the wall decides these

    def only_overdue(self, queryset, name, value):
        return queryset.filter(overdue_on(timezone.localdate())) if value else queryset


class QueueTable(Table):
    def get_row_classname(self, instance):
        return "enquiry--overdue" if instance.overdue else ""


class SelectColumn(Column):
    """A checkbox that belongs to the bulk-action form below the listing (HTML `form=`)."""
    cell_template_name = "enquiries/staff/cells/select.html"
    header_template_name = "enquiries/staff/cells/select_header.html"


class DueColumn(DateColumn):
    cell_template_name = "enquiries/staff/cells/due.html"


def _place(enquiry):
    where = enquiry.region.name if enquiry.region else _("National team")
    return f"{where} / {enquiry.agency.name}" if enquiry.agency else where


def _assignee(enquiry):
    user = enquiry.assigned_to
    return (user.get_full_name() or user.get_username()) if user else ""


def _local(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _safe(value):
    """A cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class ListingWithoutScript:
    """Wagtail's search and filters fetch the results fragment by script; a form sent without
    script lands on the fragment's URL, so send it on to the whole page with the same query."""

    def get(self, request, *args, **kwargs):
        if self.results_only and request.headers.get("x-requested-with") != "XMLHttpRequest":
            query = request.GET.urlencode()
            return redirect(self.index_url + (f"?{query}" if query else ""))
        return super().get(request, *args, **kwargs)


class EnquiryQueue(ListingWithoutScript, IndexView):
    model = Enquiry
    page_title = _("Enquiries")
    header_icon = "mail"
    index_url_name = "enquiries_staff:list"
    index_results_url_name = "enquiries_staff:list_results"
    template_name = "enquiries/staff/queue.html"
    filterset_class = EnquiryFilters
    table_class = QueueTable
    paginate_by = 50
    default_ordering = "first_response_due"
    any_permission_required = None
    export_filename = "enquiries"
    list_export = ["reference", "created_at", "status", "interest", "language", "region",
                   "agency", "local_authority", "campaign_code", "assigned_to",
                   "first_response_due", "first_responded_at"]
    export_headings = {
        "reference": _("Reference"), "created_at": _("Received"), "status": _("Status"),
        "interest": _("About"), "language": _("Language"), "region": _("Region"),
        "agency": _("Voluntary adoption agency"), "local_authority": _("Council"),
        "campaign_code": _("Campaign code"), "assigned_to": _("Assigned to"),
        "first_response_due": _("Respond by"), "first_responded_at": _("First response"),
    }

    @cached_property
    def is_searchable(self):
        return True

    @cached_property
    def may_export(self):
        return access.may(self.request.user, EXPORT)

    @cached_property
    def show_export_buttons(self):
        return self.may_export

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not access.may(request.user, EXPORT):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        columns = [
            TitleColumn("reference", label=_("Reference"), sort_key="reference",
                        get_url=lambda e: reverse("enquiries_staff:detail", args=[e.pk])),
            Column("contact", label=_("Name"), sort_key="contact__folded_name"),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
            Column("interest", label=_("About"), accessor="get_interest_display",
                   sort_key="interest"),
            Column("language", label=_("Language"), accessor="get_language_display",
                   sort_key="language"),
            Column("region", label=_("Region"), accessor=_place, sort_key="region__name_en"),
            Column("status", label=_("Status"), accessor="get_status_display",
                   sort_key="status"),
            Column("assigned_to", label=_("Assigned to"), accessor=_assignee,
                   sort_key="assigned_to__first_name"),
            DueColumn("first_response_due", label=_("Respond by"),
                      sort_key="first_response_due"),
        ]
        if access.may(self.request.user, CHANGE):
            columns.insert(0, SelectColumn("select", label=_("Select")))
        return columns

    def get_base_queryset(self):
        permission = EXPORT if self.is_export else VIEW
        today = timezone.localdate()
        return access.enquiries(self.request.user, permission).select_related(
            "assigned_to").annotate(
            overdue=ExpressionWrapper(overdue_on(today), output_field=BooleanField()),
            waiting=Case(When(first_responded_at__isnull=True, then=Value(0)), default=Value(1)))

    def order_queryset(self, queryset):
        ordering = self.ordering or self.default_ordering
        if ordering.lstrip("-") == "first_response_due":
            # Those still waiting for a first response come first, the longest overdue at top.
            return queryset.order_by("waiting", ordering, "created_at", "pk")
        return queryset.order_by(ordering, "pk")

    def search_queryset(self, queryset):
        return finding.enquiries(queryset, self.search_query) if self.is_searching else queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export:
            return context  # audited as an export (as_spreadsheet)
        if self.is_searching:
            audit_search(self.request, "enquiry", self.search_query, context["items_count"])
        audit(self.request, "list", *context["object_list"])
        if access.may(self.request.user, CHANGE) and not self.results_only:
            context["bulk_form"] = BulkForm(self.request.user)
        context["bulk_url"] = reverse("enquiries_staff:bulk")
        return context

    # Export: every row is audited, and the file is written while the reader's language is on.
    def to_row_dict(self, enquiry):
        return {
            "reference": enquiry.reference, "created_at": _local(enquiry.created_at),
            "status": enquiry.get_status_display(), "interest": enquiry.get_interest_display(),
            "language": enquiry.get_language_display(),
            "region": enquiry.region.name if enquiry.region else "",
            "agency": enquiry.agency.name if enquiry.agency else "",
            "local_authority": enquiry.local_authority.name if enquiry.local_authority else "",
            "campaign_code": enquiry.campaign_code, "assigned_to": _assignee(enquiry),
            "first_response_due": enquiry.first_response_due.isoformat(),
            "first_responded_at": _local(enquiry.first_responded_at),
        }

    def preprocess_field_value(self, field, value, export_format):
        return _safe(value)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows = list(queryset)
        audit(self.request, "export", *rows)
        if spreadsheet_format == self.FORMAT_XLSX:
            return self.write_xlsx_response(rows)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.export_filename}.csv"'
        response.write("\ufeff")  # so spreadsheet programs read ŵ and ŷ as UTF-8
        for line in self.stream_csv(rows):
            response.write(line)
        return response

    def get_heading(self, queryset, field):
        return str(self.export_headings[field])


class EnquiryExport(EnquiryQueue):
    """/admin/enquiries/export.csv: the queue's export (CSV unless ?export=xlsx)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = True

    def render_to_response(self, context, **response_kwargs):
        wanted = self.request.GET.get("export")
        return self.as_spreadsheet(context["object_list"],
                                   wanted if wanted in self.FORMATS else self.FORMAT_CSV)


enquiry_list = access.staff_view(get=VIEW)(EnquiryQueue.as_view())
enquiry_list_results = access.staff_view(get=VIEW)(EnquiryQueue.as_view(results_only=True))
enquiry_export = access.staff_view(get=EXPORT)(EnquiryExport.as_view())

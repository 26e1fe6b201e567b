"""Listings of contacts, calls and callbacks on Wagtail's IndexView, each with a FilterSet,
search and sortable columns. Rows come only from the walled querysets (enquiries.access,
helpline.staff.timeline); every row shown is audited."""

import django_filters
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, Table, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import AdminDateInput

from enquiries import access, finding
from enquiries.audit import audit, audit_search
from enquiries.models import Contact
from enquiries.staff.queue import ListingWithoutScript
from helpline.models import Callback, Interaction, OutcomeCode
from helpline.staff.timeline import callbacks as walled_callbacks
from helpline.staff.timeline import calls as walled_calls
from portal.languages import LANGUAGES
from portal.templatetags.phones import national_phone

VIEW_CONTACT, VIEW_CALL = "enquiries.view_contact", "helpline.view_interaction"
VIEW_CALLBACK, CHANGE_CALLBACK = "helpline.view_callback", "helpline.change_callback"


def _person_url(record):
    return reverse("helpline_staff:contact", args=[record.contact_id]) if record.contact_id \
        else None


def _user(user):
    return (user.get_full_name() or user.get_username()) if user else ""


class StaffListing(ListingWithoutScript, IndexView):
    """What the three listings share: walled rows, audited, search through enquiries.finding."""

    any_permission_required = None
    paginate_by = 50
    audit_as = ""

    @cached_property
    def is_searchable(self):
        return True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_searching:
            audit_search(self.request, self.audit_as, self.search_query, context["items_count"])
        audit(self.request, "list", *context["object_list"])
        return context

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering or self.default_ordering, "pk")

    def people_matching(self):
        return finding.contacts(Contact.objects.all(), self.search_query,
                                access.enquiries(self.request.user)).values("pk")


# Contacts

class ContactFilters(WagtailFilterSet):
    preferred_language = django_filters.ChoiceFilter(label=_("Preferred language"),
                                                     choices=LANGUAGES,
                                                     empty_label=_("Any language"))
    created_from = django_filters.DateFilter(label=_("Added from"), field_name="created_at",
                                             lookup_expr="date__gte", widget=AdminDateInput)

    class Meta:
        model = Contact
        fields = []


class ContactListing(StaffListing):
    model = Contact
    page_title = _("Contacts")
    header_icon = "user"
    index_url_name = "helpline_staff:contacts"
    index_results_url_name = "helpline_staff:contacts_results"
    filterset_class = ContactFilters
    default_ordering = "folded_name"
    audit_as = "contact"

    @cached_property
    def columns(self):
        return [
            TitleColumn("name", label=_("Name"), accessor=str, sort_key="folded_name",
                        get_url=lambda c: reverse("helpline_staff:contact", args=[c.pk])),
            Column("emails", label=_("Email"),
                   accessor=lambda c: ", ".join(e.address for e in c.emails.all())),
            Column("phones", label=_("Phone"),
                   accessor=lambda c: ", ".join(national_phone(p.number) for p in c.phones.all())),
            Column("language", label=_("Preferred language"),
                   accessor="get_preferred_language_display", sort_key="preferred_language"),
            DateColumn("created_at", label=_("Added"), sort_key="created_at"),
        ]

    def get_base_queryset(self):
        return (access.contacts(self.request.user).filter(merged_into__isnull=True)
                .prefetch_related("emails", "phones"))

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return finding.contacts(queryset, self.search_query, access.enquiries(self.request.user))


# Calls

class CallFilters(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Interaction.KINDS,
                                       empty_label=_("Any kind"))
    direction = django_filters.ChoiceFilter(label=_("Direction"), choices=Interaction.DIRECTIONS,
                                            empty_label=_("Either way"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Interaction.STATUSES,
                                         empty_label=_("Any status"))
    outcome = django_filters.ModelChoiceFilter(label=_("Outcome"), to_field_name="code",
                                               queryset=OutcomeCode.objects.all())
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGES,
                                           empty_label=_("Any language"))
    created_from = django_filters.DateFilter(label=_("From"), field_name="queued_at",
                                             lookup_expr="date__gte", widget=AdminDateInput)
    created_to = django_filters.DateFilter(label=_("Until"), field_name="queued_at",
                                           lookup_expr="date__lte", widget=AdminDateInput)

    class Meta:
        model = Interaction
        fields = []


class CallListing(StaffListing):
    model = Interaction
    page_title = _("Calls and messages")
    header_icon = "mobile-alt"
    index_url_name = "helpline_staff:calls"
    index_results_url_name = "helpline_staff:calls_results"
    filterset_class = CallFilters
    default_ordering = "-queued_at"
    audit_as = "interaction"

    @cached_property
    def columns(self):
        return [
            DateColumn("queued_at", label=_("Time"), sort_key="queued_at"),
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            Column("direction", label=_("Direction"), accessor="get_direction_display",
                   sort_key="direction"),
            Column("from_number", label=_("Caller"),
                   accessor=lambda i: national_phone(i.from_number)),
            TitleColumn("contact", label=_("Contact"), get_url=_person_url,
                        accessor=lambda i: str(i.contact) if i.contact else "—",
                        sort_key="contact__folded_name"),
            Column("status", label=_("Status"), accessor="get_status_display",
                   sort_key="status"),
            Column("outcome", label=_("Outcome"), accessor=lambda i: str(i.outcome or "")),
            Column("agent", label=_("Agent"), accessor=lambda i: _user(i.agent)),
        ]

    def get_base_queryset(self):
        return walled_calls(self.request.user)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        number = finding.phone(self.search_query)
        match = Q(contact__in=self.people_matching())
        if number:
            match |= Q(from_number=number) | Q(to_number=number)
        return queryset.filter(match)


# Callbacks

class CallbackFilters(WagtailFilterSet):
    # No choice: the queue of those still to do.
    STATES = [("overdue", _("Overdue")), ("done", _("Done")), ("all", _("All"))]
    state = django_filters.ChoiceFilter(label=_("Show"), choices=STATES, method="in_state",
                                        empty_label=_("Waiting"))
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGES,
                                           empty_label=_("Any language"))
    mine = django_filters.ChoiceFilter(label=_("Assigned to"), method="assigned_to_me",
                                       choices=[("1", _("Assigned to me"))],
                                       empty_label=_("Anyone"))

    class Meta:
        model = Callback
        fields = []

    def filter_queryset(self, queryset):
        if not self.form.cleaned_data.get("state"):
            queryset = queryset.filter(completed_at__isnull=True)
        return super().filter_queryset(queryset)

    def in_state(self, queryset, name, value):
        if value == "done":
            return queryset.filter(completed_at__isnull=False)
        if value == "overdue":
            return queryset.filter(completed_at__isnull=True, due_at__lt=timezone.now())
        return queryset

    def assigned_to_me(self, queryset, name, value):
        return queryset.filter(assigned_to=self.request.user) if value else queryset


class CallbackTable(Table):
    def get_row_classname(self, instance):
        return "callback--due" if instance.is_overdue else ""


def _last_attempt(callback):
    """What came of the last try, and when, in words: "No answer · 3 Dec 14:05"."""
    when = callback.last_attempt_at
    when = date_format(timezone.localtime(when), "j M H:i") if when else ""
    return " · ".join(filter(None, [str(callback.outcome or ""), callback.result, when])) or "—"


class CallbackDueColumn(DateColumn):
    cell_template_name = "helpline/staff/cells/callback_due.html"


class CallbackActionsColumn(Column):
    """Play the voicemail, and record an attempt (for those who may change callbacks)."""
    cell_template_name = "helpline/staff/cells/callback_actions.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["may_change"] = access.may(parent_context["request"].user, CHANGE_CALLBACK)
        return context


class CallbackListing(StaffListing):
    model = Callback
    page_title = _("Callback queue")
    header_icon = "mobile-alt"
    index_url_name = "helpline_staff:callbacks"
    index_results_url_name = "helpline_staff:callbacks_results"
    filterset_class = CallbackFilters
    table_class = CallbackTable
    default_ordering = "due_at"
    audit_as = "callback"

    @cached_property
    def columns(self):
        return [
            CallbackDueColumn("due_at", label=_("Due"), sort_key="due_at"),
            Column("phone", label=_("Phone"), accessor=lambda c: national_phone(c.phone)),
            TitleColumn("contact", label=_("Contact"), get_url=_person_url,
                        accessor=lambda c: str(c.contact) if c.contact else "—",
                        sort_key="contact__folded_name"),
            Column("language", label=_("Language"), sort_key="language"),
            Column("assigned_to", label=_("Assigned to"),
                   accessor=lambda c: _user(c.assigned_to)),
            Column("attempts", label=_("Attempts"), sort_key="attempts"),
            Column("result", label=_("Last attempt"), accessor=_last_attempt),
            CallbackActionsColumn("actions", label=_("Actions")),
        ]

    def get_base_queryset(self):
        overdue = Q(completed_at__isnull=True, due_at__lt=timezone.now())
        return walled_callbacks(self.request.user).select_related(
            "interaction", "outcome").annotate(
            is_overdue=ExpressionWrapper(overdue, output_field=BooleanField()))

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        number = finding.phone(self.search_query)
        match = Q(contact__in=self.people_matching())
        if number:
            match |= Q(phone=number)
        return queryset.filter(match)



contacts = access.staff_view(get=VIEW_CONTACT)(ContactListing.as_view())
contacts_results = access.staff_view(get=VIEW_CONTACT)(ContactListing.as_view(results_only=True))
calls = access.staff_view(get=VIEW_CALL)(CallListing.as_view())
calls_results = access.staff_view(get=VIEW_CALL)(CallListing.as_view(results_only=True))
callbacks = access.staff_view(get=VIEW_CALLBACK)(CallbackListing.as_view())
callbacks_results = access.staff_view(get=VIEW_CALLBACK)(
    CallbackListing.as_view(results_only=True))

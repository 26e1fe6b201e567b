"""The staff side of bookings: the events of the user's wall with their places, each event's
bookings and waiting list, the attendance register, the export, a message to all bookers, and
the event's places and join link.

An event lies where its page says (EventPage.region / .agency); `enquiries.access.wall` decides
who is inside, as for every other record, and outside it every screen answers 404. Every view
of the bookers (their names, contact details) is an audit entry, one per booking."""

import csv
import io

from django import forms
from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from bookings.messages import recipients
from bookings.models import Booking, BookingMessage, EventPlaces
from bookings.places import _lock as lock_places
from bookings.places import _offer_free_places as offer_free_places
from bookings.places import held as held_places
from bookings.tasks import enqueue_after_commit
from cms.models import EventPage
from enquiries import access
from enquiries.audit import audit

VIEW, CHANGE = "bookings.view_booking", "bookings.change_booking"
EXPORT, MESSAGE = "bookings.export_booking", "bookings.message_booking"
PLACES = "bookings.set_event_places"  # not change_eventplaces: the snippet is not walled
RECENT_DAYS = 60  # past events stay listed this long, for the register taken afterwards
SHOWN = ("booked", "offered", "waiting")


def _pages(user, permission):
    """Event pages inside the user's wall (any language)."""
    return access.records(EventPage.objects.all(), user, permission)


def _one_per_event(pages, language):
    """One page per event (translation key): the reader's language if there is one."""
    chosen = {}
    for page in pages:
        key = page.translation_key
        if key not in chosen or page.locale.language_code == language:
            chosen[key] = page
    return list(chosen.values())


def _event(request, pk, permission=VIEW):
    """The event of page `pk` inside the wall (404 outside), in the reader's language."""
    page = _pages(request.user, permission).filter(pk=pk).only("translation_key").first()
    if page is None:
        raise Http404
    siblings = (EventPage.objects.filter(translation_key=page.translation_key)
                .select_related("locale", "region", "agency").defer_streamfields())
    return _one_per_event(siblings, translation.get_language())[0]


def local(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") if moment \
        else ""


def event_when(event) -> str:
    return f"{formats.date_format(event.start_date, 'DATE_FORMAT')}, {event.start_time:%H:%M}"


def status_words(booking) -> str:
    if booking.status == "booked" and booking.attended is not None:
        return _("Attended") if booking.attended else _("Did not attend")
    return str(booking.get_status_display())


def _counts(keys):
    """{event key: {"held": places held, "queued": bookings waiting}}."""
    rows = (Booking.objects.filter(event_key__in=keys).values("event_key")
            .annotate(held=Sum("places", filter=Q(status__in=Booking.HOLDING)),
                      queued=Count("id", filter=Q(status="waiting"))))
    return {row["event_key"]: row for row in rows}


@access.staff_view(get=VIEW)
def events(request):
    """Upcoming events, and those of the last RECENT_DAYS, soonest first."""
    since = timezone.localdate() - timezone.timedelta(days=RECENT_DAYS)
    pages = (_pages(request.user, VIEW).filter(start_date__gte=since)
             .select_related("locale", "region", "agency").defer_streamfields()
             .order_by("start_date", "start_time", "pk"))
    chosen = _one_per_event(pages, translation.get_language())
    keys = [page.translation_key for page in chosen]
    counts = _counts(keys)
    capacity = dict(EventPlaces.objects.filter(event_key__in=keys)
                    .values_list("event_key", "capacity"))
    today = timezone.localdate()
    rows = [{"event": page, "when": event_when(page), "past": page.start_date < today,
             "places": capacity.get(page.translation_key),
             "booked": (counts.get(page.translation_key) or {}).get("held") or 0,
             "waiting": (counts.get(page.translation_key) or {}).get("queued") or 0}
            for page in chosen]
    return render(request, "bookings/staff/events.html", {"rows": rows})


def _bookings(event, statuses=SHOWN):
    return list(Booking.objects.filter(event_key=event.translation_key, status__in=statuses)
                .order_by("created_at", "id"))


def _visible_contacts(user, bookings):
    ids = {b.contact_id for b in bookings}
    return set(access.contacts(user).filter(pk__in=ids).values_list("pk", flat=True)) \
        if ids else set()


@access.staff_view(get=VIEW)
def event_bookings(request, pk):
    event = _event(request, pk)
    every = _bookings(event)
    waiting = sorted((b for b in every if b.status == "waiting"),
                     key=lambda b: (b.queued_at or b.created_at, b.pk))
    holding = [b for b in every if b.status != "waiting"]
    linked = _visible_contacts(request.user, every)
    for booking in every:
        booking.words = status_words(booking)
        booking.linked = booking.contact_id in linked
        booking.booked_on = local(booking.created_at)
        booking.offer_ends = local(booking.offer_expires_at)
    places = EventPlaces.objects.filter(event_key=event.translation_key).first()
    audit(request, "view", *every)
    user = request.user
    return render(request, "bookings/staff/event.html", {
        "event": event, "when": event_when(event), "holding": holding, "waiting": waiting,
        "places": places, "held": sum(b.places for b in holding),
        "may_register": access.may(user, CHANGE), "may_export": access.may(user, EXPORT),
        "may_message": access.may(user, MESSAGE), "may_places": access.may(user, PLACES)})


MARK_CODES = {True: "attended", False: "missed", None: "unknown"}
ATTENDANCE = [("yes", gettext_lazy("Attended")), ("no", gettext_lazy("Did not attend")),
              ("", gettext_lazy("Not recorded"))]


class RegisterForm(forms.Form):
    """One radio group per booked person: attended, did not attend, or not recorded yet."""

    def __init__(self, *args, bookings, **kwargs):
        super().__init__(*args, **kwargs)
        self.bookings = bookings
        for booking in bookings:
            initial = {True: "yes", False: "no"}.get(booking.attended, "")
            self.fields[f"b{booking.pk}"] = forms.ChoiceField(
                label=f"{booking.first_name} {booking.last_name}", choices=ATTENDANCE,
                required=False, initial=initial, widget=forms.RadioSelect)

    def rows(self):
        return [(booking, self[f"b{booking.pk}"]) for booking in self.bookings]

    def marks(self):
        return {booking.pk: {"yes": True, "no": False}.get(self.cleaned_data[f"b{booking.pk}"])
                for booking in self.bookings}


@access.staff_view(get=CHANGE, post=CHANGE)
def register(request, pk):
    """Tick who came, on the night or after; one POST saves the whole register."""
    event = _event(request, pk, CHANGE)
    booked = _bookings(event, ("booked",))
    form = RegisterForm(request.POST or None, bookings=booked)
    if request.method == "POST" and form.is_valid():
        marks = form.marks()
        changed = [b for b in booked if b.attended != marks[b.pk]]
        with transaction.atomic():
            for booking in changed:
                booking.attended = marks[booking.pk]
                booking.attendance_by = request.user
                booking.attendance_at = timezone.now()
            Booking.objects.bulk_update(changed, ["attended", "attendance_by",
                                                  "attendance_at", "updated_at"])
            if changed:
                audit(request, "register", *changed, detail=", ".join(
                    f"{b.pk}:{MARK_CODES[b.attended]}" for b in changed))
        messages.success(request, ngettext(
            "Register saved: %(count)d change.", "Register saved: %(count)d changes.",
            len(changed)) % {"count": len(changed)})
        return redirect("bookings_staff:event", pk=event.pk)
    audit(request, "view", *booked)
    return render(request, "bookings/staff/register.html",
                  {"event": event, "when": event_when(event), "form": form})


def export_rows(event, bookings):
    header = [_("First name"), _("Surname"), _("Email"), _("Phone"), _("Places"),
              _("Status"), _("Attendance"), _("Language"), _("Texts wanted"),
              _("Access needs"), _("Booked on"), _("Joined the waiting list")]
    rows = []
    for b in bookings:
        attendance = {True: _("Attended"), False: _("Did not attend")}.get(b.attended, "")
        rows.append([b.first_name, b.last_name, b.email, b.phone, b.places,
                     str(b.get_status_display()), attendance, str(b.get_language_display()),
                     _("Yes") if b.wants_sms else _("No"), b.access_needs,
                     local(b.created_at), local(b.queued_at)])
    return header, rows


@access.staff_view(get=EXPORT)
def export(request, pk):
    """The event's bookings as CSV (default) or XLSX (?format=xlsx), in the reader's language,
    times in Welsh local time. Each booking exported is an audit entry."""
    event = _event(request, pk, EXPORT)
    every = _bookings(event, ("booked", "offered", "waiting", "cancelled"))
    header, rows = export_rows(event, every)
    audit(request, "export", *every)
    name = f"bookings-{event.slug}-{event.start_date:%Y-%m-%d}"
    if request.GET.get("format") == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(_("Bookings"))
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        response = HttpResponse(out.getvalue(), content_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


class MessageForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject (English)"), max_length=200)
    body = forms.CharField(label=gettext_lazy("Message (English)"), widget=forms.Textarea)
    subject_cy = forms.CharField(label=gettext_lazy("Subject (Welsh)"), max_length=200)
    body_cy = forms.CharField(label=gettext_lazy("Message (Welsh)"), widget=forms.Textarea)
    waiting = forms.BooleanField(label=gettext_lazy("Send it to the waiting list too"),
                                 required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        required = {"subject": _("Enter the subject in English"),
                    "body": _("Enter the message in English"),
                    "subject_cy": _("Enter the subject in Welsh"),
                    "body_cy": _("Enter the message in Welsh")}
        for name, text in required.items():
            self.fields[name].error_messages["required"] = text


def message_bookers(event, data, user) -> list[BookingMessage]:
    """Stores the message to each booker (email, and SMS if they asked for texts), in their
    language, and sends them after commit."""
    statuses = ("booked", "offered", "waiting") if data["waiting"] else Booking.HOLDING
    planned = []
    for booking in _bookings(event, statuses):
        welsh = booking.language == "cy"
        for channel, recipient in recipients(booking):
            planned.append(BookingMessage(
                booking=booking, channel=channel, purpose="staff-message",
                recipient=recipient, language=booking.language,
                subject=data["subject_cy" if welsh else "subject"],
                body=data["body_cy" if welsh else "body"]))
    BookingMessage.objects.bulk_create(planned)
    enqueue_after_commit(planned)
    return planned


@access.staff_view(get=MESSAGE, post=MESSAGE)
def message(request, pk):
    event = _event(request, pk, MESSAGE)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            planned = message_bookers(event, form.cleaned_data, request.user)
            people = {m.booking_id for m in planned}
            audit(request, "message", *{m.booking for m in planned},
                  detail=form.cleaned_data["subject"])
        messages.success(request, ngettext(
            "Message stored for %(people)d booker; it is being sent.",
            "Message stored for %(people)d bookers; it is being sent.",
            len(people)) % {"people": len(people)})
        return redirect("bookings_staff:event", pk=event.pk)
    return render(request, "bookings/staff/message.html",
                  {"event": event, "when": event_when(event), "form": form})


class PlacesForm(forms.ModelForm):
    """The event's places, join link and offer hours, set by the staff of its region or
    agency. Fewer places than are already held is refused; more are offered to those waiting."""

    join_link = forms.URLField(
        label=capfirst(EventPlaces._meta.get_field("join_link").verbose_name), required=False,
        assume_scheme="https", max_length=200,
        help_text=EventPlaces._meta.get_field("join_link").help_text)

    class Meta:
        model = EventPlaces
        fields = ["capacity", "join_link", "offer_hours"]

    def __init__(self, *args, held=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.held = held

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and capacity < self.held:
            raise forms.ValidationError(ngettext(
                "%(held)d place is already booked: give at least that many.",
                "%(held)d places are already booked: give at least that many.",
                self.held) % {"held": self.held})
        return capacity


@access.staff_view(get=PLACES, post=PLACES)
def event_places(request, pk):
    event = _event(request, pk, PLACES)
    key = event.translation_key
    current = EventPlaces.objects.filter(event_key=key).first() or EventPlaces(event_key=key)
    form = PlacesForm(request.POST or None, instance=current, held=held_places(key))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            row = lock_places(key)  # bookings wait while the places change
            form = PlacesForm(request.POST, instance=row, held=held_places(key))
            if form.is_valid():
                form.save()
                offer_free_places(key)
                audit(request, "change", row, detail=f"capacity={row.capacity}")
        if form.is_valid():
            messages.success(request, _("Places saved."))
            return redirect("bookings_staff:event", pk=event.pk)
    return render(request, "bookings/staff/places.html",
                  {"event": event, "when": event_when(event), "form": form})

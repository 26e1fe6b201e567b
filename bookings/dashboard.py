"""Event bookings on the demand dashboard: per region and per kind of event (in person,
online), the bookings of events held in the dashboard's window, the places they hold, who
came and who did not (the register), and who is still waiting. Counts only, walled by the
event's region and agency like every other figure (enquiries.access.wall); two queries."""

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from bookings.models import Booking
from cms.models import EventPage
from enquiries import access

FIGURES = ("bookings", "places", "attended", "no_shows", "waiting")
EMPTY = dict.fromkeys(FIGURES, 0)


def per_event(user, start, end):
    """{event key: (region id, online, figures)} of events inside the wall held from `start`
    to `end` (local dates, inclusive)."""
    events = {}
    for key, region, online in (access.wall(EventPage.objects.filter(
            start_date__gte=start, start_date__lte=end), user)
            .values_list("translation_key", "region_id", "online")):
        events[key] = (region, online)
    rows = (Booking.objects.filter(event_key__in=list(events)).values("event_key").order_by()
            # (named apart from the fields they count: an annotation may not shadow one)
            .annotate(n_bookings=Count("id", filter=Q(status__in=Booking.HOLDING)),
                      n_places=Sum("places", filter=Q(status__in=Booking.HOLDING)),
                      n_attended=Count("id", filter=Q(status="booked", attended=True)),
                      n_no_shows=Count("id", filter=Q(status="booked", attended=False)),
                      n_waiting=Count("id", filter=Q(status="waiting"))))
    figures = {row["event_key"]: {name: row[f"n_{name}"] or 0 for name in FIGURES}
               for row in rows}
    return {key: (region, online, figures.get(key, EMPTY)) for key, (region, online)
            in events.items()}


def _add(into, figures):
    for name in FIGURES:
        into[name] += figures[name]


def summary(user, start, end, regions, national):
    """(rows per region, rows per kind of event): [(name, figures)]."""
    by_region = {region.pk: dict(EMPTY) for region in regions}
    unplaced = dict(EMPTY)
    by_kind = {False: dict(EMPTY), True: dict(EMPTY)}
    for region, online, figures in per_event(user, start, end).values():
        _add(by_region.setdefault(region, dict(EMPTY)) if region else unplaced, figures)
        _add(by_kind[bool(online)], figures)
    names = {region.pk: region.name for region in regions}
    region_rows = [(names[pk], by_region[pk]) for pk in names]
    if national:
        region_rows.append((_("National events (no region)"), unplaced))
    return region_rows, [(_("In person"), by_kind[False]), (_("Online"), by_kind[True])]


def section(request, window):
    regions, kinds = summary(request.user, window.start, window.end, window.regions,
                             window.national)
    return "bookings/dashboard.html", {"tables": [
        (_("Per region"), regions, "region"), (_("Per kind of event"), kinds, "kind")]}

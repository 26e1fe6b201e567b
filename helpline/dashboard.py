"""The helpline beside the web on the demand dashboard: calls answered and missed, callbacks
done on time, Welsh calls answered in Welsh, per region (docs/demand-dashboard.md defines each).
Counts only, walled like everything else; two queries whatever the number of calls."""

from datetime import timedelta

from django.db.models import Count, Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from enquiries import access
from enquiries.dashboard.figures import local_midnight
from helpline.models import AgentLine, Callback, Interaction

LINE_CALL = Q(kind__in=["call", "voicemail"], direction="in", twilio_sid__isnull=False)
ANSWERED = Q(answered_at__isnull=False)
MISSED = Q(answered_at__isnull=True) & (Q(status__in=Interaction.FINISHED) | Q(kind="voicemail"))
IN_WELSH = Q(language="cy")


def calls(user, start, end):
    """{region id or None: {calls, answered, missed, welsh, welsh_answered, in_welsh}} of line
    calls that came in from `start` to `end` (local dates, inclusive)."""
    welsh_speaker = AgentLine.objects.filter(user=OuterRef("agent_id"), speaks_welsh=True)
    came_in = Q(queued_at__gte=local_midnight(start),
                queued_at__lt=local_midnight(end + timedelta(days=1)))
    rows = (access.wall(Interaction.objects.filter(LINE_CALL, came_in), user)
        .annotate(by_welsh_speaker=Exists(welsh_speaker))
        .values("region_id").order_by()
        .annotate(calls=Count("id"), answered=Count("id", filter=ANSWERED),
                  missed=Count("id", filter=MISSED), welsh=Count("id", filter=IN_WELSH),
                  welsh_answered=Count("id", filter=IN_WELSH & ANSWERED),
                  in_welsh=Count("id", filter=IN_WELSH & ANSWERED & Q(by_welsh_speaker=True))))
    return {row.pop("region_id"): row for row in rows}


def callbacks(user, start, end, now=None):
    """{region id or None: {due, done, on_time, overdue}} of callbacks that fell due from
    `start` until now (or the end of `end`, if earlier)."""
    now = now or timezone.now()
    until = min(local_midnight(end + timedelta(days=1)), now)
    rows = (access.wall(Callback.objects.filter(
        due_at__gte=local_midnight(start), due_at__lt=until), user)
        .values("region_id").order_by()
        .annotate(due=Count("id"), done=Count("id", filter=Q(completed_at__isnull=False)),
                  on_time=Count("id", filter=Q(completed_at__lte=F("due_at"))),
                  overdue=Count("id", filter=Q(completed_at__isnull=True))))
    return {row.pop("region_id"): row for row in rows}


def section(request, window):
    """The dashboard's helpline table: one row per region shown, and the national line (calls
    with no region) for national viewers."""
    by_call = calls(request.user, window.start, window.end)
    by_callback = callbacks(request.user, window.start, window.end)
    where = access.scope(request.user)
    if where.agency is not None:  # what the agency's own staff logged, as one row
        by_call = {where.agency.pk: {**EMPTY_CALLS, **total(by_call)}}
        by_callback = {where.agency.pk: {**EMPTY_CALLBACKS, **total(by_callback)}}
        places = [(where.agency.pk, where.agency.name)]
    else:
        places = [(region.pk, region.name) for region in window.regions]
        if window.national:
            places.append((None, _("National line (no region)")))
    rows = []
    for pk, name in places:
        line, back = by_call.get(pk, EMPTY_CALLS), by_callback.get(pk, EMPTY_CALLBACKS)
        rows.append({"name": name, "calls": line, "callbacks": back,
                     "answered_percent": percent(line["answered"], line["calls"]),
                     "on_time_percent": percent(back["on_time"], back["due"]),
                     "in_welsh_percent": percent(line["in_welsh"], line["welsh_answered"])})
    return "helpline/dashboard.html", {"rows": rows, "window": window}


def total(rows):
    summed = {}
    for row in rows.values():
        for key, n in row.items():
            summed[key] = summed.get(key, 0) + n
    return summed


def percent(part, whole):
    return round(100 * part / whole) if whole else None


EMPTY_CALLS = dict.fromkeys(["calls", "answered", "missed", "welsh", "welsh_answered",
                             "in_welsh"], 0)
EMPTY_CALLBACKS = dict.fromkeys(["due", "done", "on_time", "overdue"], 0)

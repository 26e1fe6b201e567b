"""The demand dashboard's figures, each one aggregation in the database.

Every function takes an Enquiry queryset already narrowed to what the viewer may see (their
region, or all for national staff) and to the chosen period, so no figure can leak a region.
"""

from datetime import datetime, time, timedelta

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils import timezone

PERIODS = {"week": (TruncWeek, 12), "month": (TruncMonth, 12)}
BREAKDOWNS = {
    "interest": "interest",
    "language": "language",
    "campaign": "campaign_code",
    "source": "heard_about",
    "medium": "campaign_medium",
}


def local_midnight(day):
    """The start of a local day as an aware datetime: filtering on it uses the created_at index
    (`created_at__date` would convert every row's time zone first)."""
    return timezone.make_aware(datetime.combine(day, time()))


def window(period: str, today=None):
    """(truncate function, first day shown) for the last 12 weeks or 12 months."""
    trunc, count = PERIODS.get(period, PERIODS["month"])
    today = today or timezone.localdate()
    if trunc is TruncWeek:
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=count - 1)
    else:
        month = today.year * 12 + today.month - 1 - (count - 1)
        start = today.replace(year=month // 12, month=month % 12 + 1, day=1)
    return trunc, start


def every_period(trunc, start, today):
    """Each period's first day from `start` to today, in order, whether or not it had any
    enquiries (the database returns only periods with rows)."""
    periods, day = [], start
    while day <= today:
        periods.append(day)
        if trunc is TruncWeek:
            day += timedelta(weeks=1)
        else:
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return periods


def previous_window(start, today):
    """(first day, number of days) of the stretch just before `start`, as long as start..today."""
    days = (today - start).days + 1
    return start - timedelta(days=days), days


def summary(enquiries, today=None):
    """Received, still new, overdue now: one aggregation."""
    today = today or timezone.localdate()
    return enquiries.aggregate(
        total=Count("id"), new=Count("id", filter=Q(status="new")),
        overdue=Count("id", filter=Q(first_responded_at__isnull=True,
                                     first_response_due__lt=today)))


def per_region(enquiries):
    """{region id or None: count}, one GROUP BY."""
    rows = enquiries.values("region_id").annotate(n=Count("id")).order_by()
    return {r["region_id"]: r["n"] for r in rows}


def per_region_and_period(enquiries, trunc):
    """{(region id or None, period start date): count}, one GROUP BY."""
    rows = (enquiries.annotate(period=trunc("created_at")).values("region_id", "period")
            .annotate(n=Count("id")).order_by())
    return {(r["region_id"], _date(r["period"])): r["n"] for r in rows}


def breakdown(enquiries, field):
    rows = enquiries.values(field).annotate(n=Count("id")).order_by("-n", field)
    return [(r[field], r["n"]) for r in rows]


def response_times(enquiries, today=None):
    """Per region: enquiries, answered, answered on time, overdue now, mean time to answer."""
    today = today or timezone.localdate()
    waited = ExpressionWrapper(F("first_responded_at") - F("created_at"),
                               output_field=DurationField())
    rows = (
        enquiries.values("region_id")
        .annotate(
            total=Count("id"),
            answered=Count("id", filter=Q(first_responded_at__isnull=False)),
            on_time=Count("id", filter=Q(first_responded_at__date__lte=F("first_response_due"))),
            overdue=Count("id", filter=Q(first_responded_at__isnull=True,
                                         first_response_due__lt=today)),
            mean_wait=Avg(waited, filter=Q(first_responded_at__isnull=False)),
        )
        .order_by("region_id")
    )
    return [_with_rates(r) for r in rows]


def _with_rates(row):
    answered = row["answered"]
    row["on_time_percent"] = round(100 * row["on_time"] / answered) if answered else None
    wait = row["mean_wait"]
    row["mean_wait_days"] = round(wait.total_seconds() / 86400, 1) if wait else None
    return row


def _date(value):
    return value.date() if hasattr(value, "date") else value

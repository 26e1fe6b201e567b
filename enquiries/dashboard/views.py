"""The demand dashboard in the Wagtail admin: where enquiries come from and how fast regions
answer. Regional staff see their own region only; national staff see every region (the wall)."""

import csv

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Region
from enquiries import access
from enquiries.dashboard import figures
from enquiries.models import Enquiry

BREAKDOWN_TITLES = {
    "interest": _("By interest"),
    "language": _("By language"),
    "campaign": _("By campaign"),
    "source": _("By how they heard of us"),
    "medium": _("By campaign medium"),
}


def _scope(request):
    """(regions shown, enquiries of those regions since the window start, period, start)."""
    where = access.scope(request.user)
    period = request.GET.get("period", "month")
    period = period if period in figures.PERIODS else "month"
    trunc, start = figures.window(period)
    enquiries = access.wall(Enquiry.objects.filter(
        created_at__gte=figures.local_midnight(start)), request.user)
    regions = list(Region.objects.order_by("name_en"))
    if where.region:
        regions = [where.region]
    elif where.agency:  # an agency's enquiries, under the regions they came from
        regions = [r for r in regions if enquiries.filter(region=r).exists()]
    return regions, enquiries, period, trunc, start


@access.staff_view(get="enquiries.view_dashboard")
def dashboard(request):
    regions, enquiries, period, trunc, start = _scope(request)
    if request.GET.get("format") == "csv":
        return _csv(enquiries, trunc, period, start)
    counts = figures.per_region_and_period(enquiries, trunc)
    periods = sorted({p for _r, p in counts} | {start})
    wall = _wall(regions, counts, figures.response_times(enquiries), periods)
    totals = [(p, sum(n for (_r, q), n in counts.items() if q == p)) for p in periods]
    context = {
        "period": period, "start": start, "periods": periods, "wall": wall,
        "totals": totals, "total_max": max([n for _p, n in totals] + [1]),
        "national": len(regions) > 1,
        "breakdowns": [(BREAKDOWN_TITLES[key], _labelled(key, figures.breakdown(enquiries, f)))
                       for key, f in figures.BREAKDOWNS.items()],
    }
    return render(request, "enquiries/dashboard/dashboard.html", context)


def _wall(regions, counts, times, periods):
    by_region = {row["region_id"]: row for row in times}
    return [
        {
            "region": region,
            "per_period": [counts.get((region.pk, p), 0) for p in periods],
            "latest": counts.get((region.pk, periods[-1]), 0),
            "times": by_region.get(region.pk, {}),
        }
        for region in regions
    ]


def _labelled(key, rows):
    labels = {"interest": dict(Enquiry.INTERESTS), "source": dict(Enquiry.SOURCES),
              "language": {"cy": _("Welsh"), "en": _("English")}}.get(key, {})
    total = sum(n for _v, n in rows) or 1
    return [(labels.get(value, value) or _("(none)"), n, round(100 * n / total))
            for value, n in rows]


def _csv(enquiries, trunc, period, start):
    """Counts in long form: one row per region, period, interest, language, campaign, source."""
    rows = (enquiries.annotate(period_start=trunc("created_at"))
            .values("region__slug", "period_start", "interest", "language", "campaign_code",
                    "heard_about", "campaign_medium")
            .annotate(enquiries=Count("id"))
            .order_by("period_start", "region__slug", "interest", "language", "campaign_code",
                      "heard_about", "campaign_medium"))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="enquiries-by-{period}-{stamp}.csv"'
    writer = csv.writer(response)
    writer.writerow([period, "region", "interest", "language", "campaign", "heard_about",
                     "medium", "enquiries"])
    for row in rows:
        writer.writerow([
            figures._date(row["period_start"]).isoformat(), row["region__slug"] or "",
            row["interest"], row["language"], row["campaign_code"], row["heard_about"],
            row["campaign_medium"], row["enquiries"],
        ])
    return response

"""The demand dashboard in the Wagtail admin: where enquiries come from and how fast regions
answer, this period against the last, with other apps' sections (the helpline's) beside it.
Regional staff see their own region only; national staff see every region (the wall). Every
figure is a count; every tile opens the enquiry queue filtered to the enquiries it counts."""

import csv

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.models import Region
from enquiries import access
from enquiries.dashboard import chart, figures, sections
from enquiries.models import Enquiry

BREAKDOWN_TITLES = {
    "interest": _("By interest"),
    "language": _("By language"),
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
    today = timezone.localdate()
    before, days = figures.previous_window(start, today)
    earlier = access.wall(Enquiry.objects.filter(
        created_at__gte=figures.local_midnight(before),
        created_at__lt=figures.local_midnight(start)), request.user)
    counts = figures.per_region_and_period(enquiries, trunc)
    periods = figures.every_period(trunc, start, today)
    times = figures.response_times(enquiries, today)
    wall = _wall(regions, counts, times, periods, figures.per_region(earlier), start, today,
                 days)
    totals = [(p, sum(n for (_r, q), n in counts.items() if q == p)) for p in periods]
    now, then = figures.summary(enquiries, today), figures.summary(earlier, today)
    dates = {"created_from": start.isoformat(), "created_to": today.isoformat()}
    window = sections.Window(period, start, today, tuple(regions), len(regions) > 1)
    context = {
        "period": period, "start": start, "today": today, "days": days,
        "previous_start": before, "periods": periods, "wall": wall, "totals": totals,
        "national": window.national,
        "summary": [
            {"key": "total", "label": _("Enquiries received"), "count": now["total"],
             "change": change(now["total"], then["total"], days), "url": queue(**dates)},
            {"key": "new", "label": _("Still new"), "count": now["new"],
             "url": queue(status="new", **dates)},
            {"key": "overdue", "label": _("Overdue now"), "count": now["overdue"],
             "url": queue(overdue="1", **dates)},
        ],
        "chart": chart.trend(periods, [(t["region"].name, t["per_period"]) for t in wall]),
        "campaigns": [{"code": code, "count": n, "url": queue(campaign=code, **dates)}
                      for code, n in figures.breakdown(enquiries, "campaign_code") if code],
        "sections": sections.render_all(request, window),
        "breakdowns": [(BREAKDOWN_TITLES[key], _labelled(key, figures.breakdown(enquiries, f)))
                       for key, f in figures.BREAKDOWNS.items() if key in BREAKDOWN_TITLES],
    }
    return render(request, "enquiries/dashboard/dashboard.html", context)


def queue(**filters) -> str:
    """The enquiry queue filtered (the parameters the queue's FilterSet reads)."""
    return f"{reverse('enquiries_staff:list')}?{urlencode(filters)}"


def change(now: int, before: int, days: int) -> str:
    """This period against the one before it, in words."""
    if now == before:
        return ngettext("The same as the previous day", "The same as the previous %(days)s days",
                        days) % {"days": days}
    difference = abs(now - before)
    if now > before:
        words = ngettext("%(difference)s more than the previous %(days)s days (%(before)s)",
                         "%(difference)s more than the previous %(days)s days (%(before)s)",
                         difference)
    else:
        words = ngettext("%(difference)s fewer than the previous %(days)s days (%(before)s)",
                         "%(difference)s fewer than the previous %(days)s days (%(before)s)",
                         difference)
    return words % {"difference": difference, "days": days, "before": before}


def _wall(regions, counts, times, periods, earlier, start, today, days):
    by_region = {row["region_id"]: row for row in times}
    dates = {"created_from": start.isoformat(), "created_to": today.isoformat()}
    tiles = []
    for region in regions:
        per_period = [counts.get((region.pk, p), 0) for p in periods]
        row = by_region.get(region.pk, {})
        tiles.append({
            "region": region, "per_period": per_period, "total": sum(per_period),
            "latest": per_period[-1],
            "change": change(sum(per_period), earlier.get(region.pk, 0), days),
            "times": row, "url": queue(region=region.slug, **dates),
            "overdue_url": queue(region=region.slug, overdue="1", **dates),
        })
    return tiles


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

"""The public page on how quickly each region answers first enquiries: aggregates only.

Figures cover the last 12 months of enquiries whose answer is in or whose deadline has passed.
A region with fewer than MIN_ENQUIRIES such enquiries shows no figures, so that no one person's
enquiry can be picked out.
"""

from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

from directory.models import Region
from enquiries.dashboard import figures
from enquiries.models import Enquiry

MIN_ENQUIRIES = 10
MONTHS = 12


def response_times(request):
    today = timezone.localdate()
    since = today - timedelta(days=365)
    settled = Enquiry.objects.filter(
        created_at__gte=figures.local_midnight(since), region__isnull=False).exclude(
        first_responded_at__isnull=True, first_response_due__gte=today)
    rows = {row["region_id"]: row for row in figures.response_times(settled, today)}
    regions = [
        {"region": region, "figures": rows.get(region.pk)
         if rows.get(region.pk, {}).get("total", 0) >= MIN_ENQUIRIES else None}
        for region in Region.objects.order_by("name_en")
    ]
    context = {"regions": regions, "since": since, "minimum": MIN_ENQUIRIES}
    return render(request, "enquiries/response_times.html", context)

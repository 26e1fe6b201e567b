"""Live calls: the helpline page's recent calls with ringing and in-progress calls marked,
as a fragment a small script polls (helpline/static/helpline/live-calls.js), and the
agent's "screen pop": the call they have just answered, with its person or a way to add
them. A reload shows the same without JavaScript. A poll answers 304 when nothing changed,
so the audit trail records what was shown, not every poll."""

import datetime
import hashlib

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from enquiries import access
from enquiries.audit import audit
from helpline.models import Interaction
from helpline.staff.timeline import calls as walled_calls

VIEW_CALLS, BOOK = "helpline.view_interaction", "helpline.change_callback"
LIVE = {"queued", "ringing", "in-progress"}
STALE = datetime.timedelta(hours=4)  # a call whose last callback went missing stops looking live
RECENT = 20


def is_live(call, now) -> bool:
    return call.kind == "call" and call.status in LIVE and call.queued_at > now - STALE


def recent_calls(user):
    """The newest calls and voicemails inside the user's wall, each marked `live`."""
    calls = list(walled_calls(user).filter(kind__in=["call", "voicemail"])[:RECENT])
    now = timezone.now()
    for call in calls:
        call.live = is_live(call, now)
    return calls


def live_summary(calls) -> str:
    count = sum(call.live for call in calls)
    if not count:
        return gettext("No calls are ringing or in progress.")
    return ngettext("%(count)d call ringing or in progress.",
                    "%(count)d calls ringing or in progress.", count) % {"count": count}


def answered_by(user):
    """The call this agent answered and is on now (their own call, wherever it lies)."""
    if not access.may(user, VIEW_CALLS):
        return None
    return (Interaction.objects.select_related("contact")
            .filter(agent=user, kind="call", status="in-progress",
                    answered_at__gt=timezone.now() - STALE)
            .order_by("-answered_at").first())


def fragment(request, template, context, seen):
    """`template` rendered, or 304 if the poller already has exactly this (its ETag)."""
    html = render_to_string(template, context, request=request)
    etag = f'"{hashlib.sha256(html.encode()).hexdigest()[:32]}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        audit(request, "list", *seen)
        response = HttpResponse(html)
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-store"
    return response


@access.staff_view(get=VIEW_CALLS)
def live_calls(request):
    calls = recent_calls(request.user)
    return fragment(request, "helpline/staff/live_calls_fragment.html",
                    {"calls": calls, "live_summary": live_summary(calls),
                     "may_book": access.may(request.user, BOOK)}, calls)


@access.staff_view(get=VIEW_CALLS)
def my_call(request):
    call = answered_by(request.user)
    return fragment(request, "helpline/staff/my_call.html", {"my_call": call},
                    [call] if call else [])

"""Background work for the helpline, run by django-tasks after the webhook has committed."""

import logging

from django.db import transaction
from django_tasks import task
from requests.exceptions import RequestException
from twilio.base.exceptions import TwilioRestException

from helpline.models import Interaction
from helpline.voice.calls import advance
from portal.retry import retry_at
from portal.twilio import twilio_client

RETRY_DELAYS = [30, 300, 1800]  # seconds; a call Twilio does not know (4xx) is not retried

logger = logging.getLogger(__name__)


@task()
def fetch_call_details(call_sid: str, attempt: int = 0) -> str:
    """Store Twilio's own record of a finished call: duration, start (as queued_at) and end.
    A timeout, a dropped connection or a 5xx is tried again after each of RETRY_DELAYS; any
    other error, or the last failure, records nothing and is re-raised, so the task result
    shows FAILED (with the error) while the call keeps what the webhooks reported."""
    try:
        details = twilio_client().calls(call_sid).fetch()
    except (TwilioRestException, RequestException) as error:
        status = getattr(error, "status", None)
        logger.warning("Fetching call %s failed: %s", call_sid, status or error)
        later = retry_at(RETRY_DELAYS, attempt + 1) if (status or 500) >= 500 else None
        if later is None:
            raise
        fetch_call_details.using(run_after=later).enqueue(call_sid, attempt + 1)
        return "retrying"
    with transaction.atomic():
        call = Interaction.objects.select_for_update().filter(twilio_sid=call_sid).first()
        if call is None:
            return "unknown call"
        if details.duration not in (None, ""):
            call.duration_seconds = int(details.duration)
        call.queued_at = details.start_time or call.queued_at
        call.ended_at = details.end_time or call.ended_at
        advance(call, details.status or "")
        call.save()
    return call.status

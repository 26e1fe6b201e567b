"""Background work for the helpline, run by django-tasks after the webhook has committed."""

import logging

from django.db import transaction
from django_tasks import task
from twilio.base.exceptions import TwilioRestException

from helpline.models import Interaction
from helpline.voice.calls import advance
from portal.twilio import twilio_client

logger = logging.getLogger(__name__)


@task()
def fetch_call_details(call_sid: str) -> str:
    """Store Twilio's own record of a finished call: duration, start (as queued_at) and end.
    If the API answers with an error nothing is recorded and the exception is re-raised, so
    the task result shows FAILED (with the error) while the call keeps what the webhooks
    reported."""
    try:
        details = twilio_client().calls(call_sid).fetch()
    except TwilioRestException as error:
        logger.warning("Fetching call %s failed: %s %s", call_sid, error.status, error.msg)
        raise
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

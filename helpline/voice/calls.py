"""Keeping Interaction rows in step with Twilio's webhooks. Twilio may repeat a webhook or
deliver status callbacks late and out of order, so every change is idempotent and a call
never moves back to an earlier status."""

import datetime
from email.utils import parsedate_to_datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from enquiries.people import find_caller, parse_phone, to_e164
from helpline.models import AgentLine, Callback, Interaction
from helpline.voice import hours

# Call statuses only (Interaction.STATUSES also holds SMS delivery states).
CALL_STATUSES = {"queued", "ringing", "in-progress"} | Interaction.FINISHED


def normalise(number: str) -> str:
    """E.164 for a real number; anything else (anonymous, client:x) kept as Twilio sent it."""
    parsed = parse_phone(number) if number else None
    return to_e164(parsed) if parsed else number[:20]


def twilio_time(params) -> datetime.datetime:
    """Twilio's own Timestamp on status callbacks (RFC 2822), else now."""
    try:
        when = parsedate_to_datetime(params.get("Timestamp", ""))
    except (TypeError, ValueError):
        return timezone.now()
    return when if when.tzinfo else when.replace(tzinfo=datetime.UTC)


def caller_fields(params) -> dict:
    """Who called which number, in E.164, and the contact we already know by that number."""
    caller = normalise(params.get("From", ""))
    return {"from_number": caller, "to_number": normalise(params.get("To", "")),
            "contact": find_caller(caller) if caller.startswith("+") else None}


def locked_call(sid: str, params) -> Interaction:
    """The call's row, locked for this transaction; created from the webhook if new."""
    call = Interaction.objects.select_for_update().filter(twilio_sid=sid).first()
    if call is not None:
        return call
    direction = "out" if params.get("Direction", "inbound").startswith("outbound") else "in"
    try:
        with transaction.atomic():
            return Interaction.objects.create(twilio_sid=sid, kind="call", direction=direction,
                                              **caller_fields(params))
    except IntegrityError:  # created meanwhile by a concurrent webhook for the same call
        return Interaction.objects.select_for_update().get(twilio_sid=sid)


def advance(call: Interaction, status: str) -> bool:
    """Move the call forward to `status` (never back). True when the call has just finished."""
    status = "queued" if status == "initiated" else status
    if status not in CALL_STATUSES or call.status in Interaction.FINISHED:
        return False
    if Interaction.status_rank(status) > Interaction.status_rank(call.status):
        call.status = status
        return status in Interaction.FINISHED
    return False


def incoming(params) -> Interaction:
    with transaction.atomic():
        call = locked_call(params["CallSid"], params)
        for field, value in caller_fields(params).items():  # fill in what is still missing
            if not getattr(call, field) and value:
                setattr(call, field, value)
        advance(call, params.get("CallStatus", ""))
        call.save()
    return call


def set_language(params, language: str) -> Interaction:
    with transaction.atomic():
        call = locked_call(params["CallSid"], params)
        call.language = language
        call.save(update_fields=["language"])
    return call


def call_language(params) -> str:
    call = Interaction.objects.filter(twilio_sid=params.get("CallSid", "")).first()
    return call.language if call else ""


def call_status(params) -> bool:
    """A status callback for the call itself. True when this callback finished the call."""
    status = params.get("CallStatus", "")
    with transaction.atomic():
        call = locked_call(params["CallSid"], params)
        finished_now = advance(call, status)
        if status in Interaction.FINISHED and call.status in Interaction.FINISHED:
            call.ended_at = call.ended_at or twilio_time(params)
            duration = params.get("CallDuration", "")
            if duration.isdigit() and call.duration_seconds is None:
                call.duration_seconds = int(duration)
        call.save()
    return finished_now


def leg_status(params) -> None:
    """A status callback for a dialled agent leg: the first leg to answer sets answered_at
    and the agent on the parent call. Other leg events leave the parent alone."""
    if params.get("CallStatus") != "in-progress":
        return
    with transaction.atomic():
        call = locked_call(params["ParentCallSid"], {})
        advance(call, "in-progress")
        if call.answered_at is None:
            call.answered_at = twilio_time(params)
            line = AgentLine.for_dialled(params.get("To", ""))
            call.agent_id = line.user_id if line else None
        call.save()


def recording_status(params) -> None:
    if params.get("RecordingStatus") != "completed" or not params.get("RecordingUrl"):
        return
    with transaction.atomic():
        call = locked_call(params["CallSid"], params)
        call.recording_url = params["RecordingUrl"]
        call.save(update_fields=["recording_url"])


def voicemail(params) -> Interaction:
    """The caller left a message: the call becomes a voicemail with a callback to make. A
    repeated webhook finds the callback already there and adds nothing."""
    with transaction.atomic():
        call = locked_call(params["CallSid"], params)
        call.kind = "voicemail"
        call.recording_url = params.get("RecordingUrl", "") or call.recording_url
        call.save(update_fields=["kind", "recording_url"])
        if call.from_number.startswith("+") and not call.callbacks.exists():
            Callback.objects.create(
                interaction=call, contact=call.contact, region=call.region,
                phone=call.from_number, language=call.language,
                due_at=hours.callback_due(hours.current_time()))
    return call

"""The Twilio Voice webhooks. Each answers TwiML (or 204 for status callbacks)."""

import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from twilio.twiml.voice_response import VoiceResponse

from helpline.models import AgentLine
from helpline.tasks import fetch_call_details
from helpline.voice import calls, hours, twiml
from helpline.voice.security import twilio_webhook

logger = logging.getLogger(__name__)
DIGIT_LANGUAGE = {"1": "cy", "2": "en"}


def twiml_response(response: VoiceResponse) -> HttpResponse:
    return HttpResponse(response.to_xml(), content_type="text/xml; charset=utf-8")


@twilio_webhook
def incoming(request):
    calls.incoming(request.POST)
    return twiml_response(twiml.welcome(twiml.Prompts()))


@twilio_webhook
def language(request):
    """The caller pressed 1 (Welsh), 2 (English), another key, or nothing (the redirect sends
    ?Digits=). A wrong key hears the menu once more (?again=1); after that, or after silence,
    the call goes on in both languages."""
    digits = request.POST.get("Digits", request.GET.get("Digits", "")).strip()
    chosen = DIGIT_LANGUAGE.get(digits, "")
    prompts = twiml.Prompts()
    if digits and not chosen and not request.GET.get("again"):
        return twiml_response(twiml.wrong_key(prompts))
    calls.set_language(request.POST, chosen)
    response = VoiceResponse()
    if not digits:
        prompts.say(response, "no-choice")
    if not hours.is_open(hours.current_time()):
        return twiml_response(twiml.voicemail(response, prompts, chosen, "closed"))
    lines = AgentLine.to_ring(chosen)
    if not lines:  # nobody on duty (for a Welsh call: no Welsh speaker on duty)
        return twiml_response(twiml.voicemail(response, prompts, chosen, "no-answer"))
    return twiml_response(twiml.connect(response, prompts, chosen, lines))


@twilio_webhook
def dial_complete(request):
    if request.POST.get("DialCallStatus") == "completed":
        response = VoiceResponse()
        response.hangup()
        return twiml_response(response)
    chosen = calls.call_language(request.POST)
    return twiml_response(
        twiml.voicemail(VoiceResponse(), twiml.Prompts(), chosen, "no-answer"))


@twilio_webhook
def recorded(request):
    call = calls.voicemail(request.POST)
    return twiml_response(twiml.goodbye(twiml.Prompts(), call.language))


@twilio_webhook
def recording_status(request):
    calls.recording_status(request.POST)
    return HttpResponse(status=204)


@twilio_webhook
def status(request):
    """Status callbacks for the call (set on the number) and for each dialled agent leg."""
    params = request.POST
    if params.get("ParentCallSid"):
        calls.leg_status(params)
    elif params.get("CallSid") and calls.call_status(params):
        sid = params["CallSid"]
        if getattr(settings, "TWILIO_ACCOUNT_SID", ""):
            transaction.on_commit(lambda: fetch_call_details.enqueue(sid))
    return HttpResponse(status=204)


@twilio_webhook
def fallback(request):
    """Twilio's fallback URL: used when the main webhook fails, so no database reads."""
    logger.error("Voice fallback for %s: error %s at %s", request.POST.get("CallSid"),
                 request.POST.get("ErrorCode"), request.POST.get("ErrorUrl"))
    prompts = twiml.Prompts(from_database=False)
    return twiml_response(twiml.voicemail(VoiceResponse(), prompts, "", "sorry"))

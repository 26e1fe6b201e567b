"""TwiML for each step of a call. Prompts come from the Prompt model; Welsh is spoken first
and, once the caller has chosen, only their language is used."""

import logging

from django.conf import settings
from django.urls import reverse
from twilio.twiml.voice_response import Gather, VoiceResponse

from helpline.models import Prompt
from helpline.voice.security import public_url

logger = logging.getLogger(__name__)

SAY_LANGUAGE = {"cy": "cy-GB", "en": "en-GB"}
# The voice for each language, unless settings.HELPLINE_VOICES names another. Twilio's basic
# voices cannot speak Welsh: Amazon Polly's Gwyneth is its (standard-only) Welsh voice, and
# Amy-Neural its British English one. A voice must suit the <Say> language it is paired with.
DEFAULT_VOICES = {"cy": "Polly.Gwyneth", "en": "Polly.Amy-Neural"}
LEG_EVENTS = "initiated ringing answered completed"
# Spoken even if staff deleted the prompt (the recording notice must never be skipped) and by
# the fallback URL, which must work when the database does not.
BUILT_IN = {
    "sorry": ("Mae’n ddrwg gennym, mae problem dechnegol gyda’r llinell gymorth.",
              "Sorry, the helpline has a technical problem."),
    "recording-notice": (
        "Os byddwch yn gadael neges, bydd yn cael ei recordio a’i chadw er mwyn i ni eich "
        "ffonio’n ôl.",
        "If you leave a message, it will be recorded and kept so that we can call you back."),
    "leave-message": (
        "Gadewch eich enw a’ch neges ar ôl y dôn, yna rhowch y ffôn i lawr.",
        "Please leave your name and message after the tone, then hang up."),
    # So a wrong key always hears why the menu comes again.
    "wrong-key": (
        "Mae’n ddrwg gennym, nid yw’r botwm hwnnw ar y ddewislen. Dyma’r dewisiadau eto.",
        "Sorry, that key is not on the menu. Here are the choices again."),
}


def url(name: str) -> str:
    return public_url(reverse(f"helpline:{name}"))


def voices() -> dict[str, str]:
    """The defaults with settings.HELPLINE_VOICES over them ("" = the console's default)."""
    return DEFAULT_VOICES | getattr(settings, "HELPLINE_VOICES", {})


def languages(language: str) -> list[str]:
    """The languages to speak: the caller's choice, or Welsh then English."""
    return [language] if language in SAY_LANGUAGE else ["cy", "en"]


class Prompts:
    """The prompt texts, read once per webhook (or only the built-in ones)."""

    def __init__(self, from_database=True):
        self.texts = {key: dict(zip(("cy", "en"), pair, strict=True))
                      for key, pair in BUILT_IN.items()}
        if from_database:
            for prompt in Prompt.objects.all():
                self.texts[prompt.key] = {"cy": prompt.text_cy, "en": prompt.text_en}

    def say(self, verb, key: str, language: str = ""):
        texts = self.texts.get(key)
        if texts is None:
            logger.error("Helpline prompt %r is missing", key)
            return
        voice = voices()
        for lang in languages(language):
            verb.say(texts[lang], language=SAY_LANGUAGE[lang], voice=voice.get(lang) or None)


def welcome(prompts: Prompts) -> VoiceResponse:
    response = VoiceResponse()
    prompts.say(response, "greeting")
    return language_menu(response, prompts)


def wrong_key(prompts: Prompts) -> VoiceResponse:
    """A key that is not on the menu: say so and ask once more (marked `again=1`)."""
    response = VoiceResponse()
    prompts.say(response, "wrong-key")
    return language_menu(response, prompts, again=True)


def language_menu(response: VoiceResponse, prompts: Prompts, again=False) -> VoiceResponse:
    action = url("voice-language") + ("?again=1" if again else "")
    gather = Gather(num_digits=1, timeout=5, action=action, method="POST")
    prompts.say(gather, "choose-language")
    response.append(gather)
    no_key = action + ("&" if again else "?") + "Digits="
    response.redirect(no_key, method="POST")  # no key pressed
    return response


def connect(response: VoiceResponse, prompts: Prompts, language: str, lines) -> VoiceResponse:
    prompts.say(response, "connecting", language)
    dial = response.dial(action=url("voice-dial-complete"), method="POST", timeout=20)
    leg = {"status_callback": url("voice-status"), "status_callback_event": LEG_EVENTS,
           "status_callback_method": "POST"}
    for line in lines:
        if line.phone:
            dial.number(line.phone, **leg)
        else:
            dial.client(identity=line.client_identity, **leg)
    return response


def voicemail(response: VoiceResponse, prompts: Prompts, language: str,
              reason: str) -> VoiceResponse:
    """`reason` is the prompt saying why ("closed", "no-answer", "sorry"); the recording
    notice always comes before <Record>."""
    prompts.say(response, reason, language)
    prompts.say(response, "recording-notice", language)
    prompts.say(response, "leave-message", language)
    response.record(max_length=120, action=url("voice-recorded"), method="POST",
                    recording_status_callback=url("voice-recording-status"),
                    recording_status_callback_method="POST")
    response.hangup()  # reached only if nothing was recorded
    return response


def goodbye(prompts: Prompts, language: str) -> VoiceResponse:
    response = VoiceResponse()
    prompts.say(response, "goodbye", language)
    response.hangup()
    return response

"""The call flow's TwiML, branch by branch, read back as XML."""

import pytest
from django.test import Client

from helpline.models import Callback, Interaction, Prompt
from helpline.voice.twiml import BUILT_IN
from tests.factories import people
from tests.helpline.conftest import (
    BASE,
    CALLER,
    CHRISTMAS,
    EVENING,
    LINE_NUMBER,
    call_params,
    post,
    said,
    tags,
    twiml,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
LANGUAGE_URL = BASE + "/twilio/voice/language/"
SID = call_params()["CallSid"]


def text(key, language):
    prompt = Prompt.objects.get(key=key)
    return ("cy-GB", prompt.text_cy) if language == "cy" else ("en-GB", prompt.text_en)


def bilingual(key):
    return [text(key, "cy"), text(key, "en")]


def choose(client, digits):
    post(client, "/twilio/voice/incoming/", call_params())
    if digits is None:  # no key pressed: the <Redirect> Twilio follows
        return twiml(post(client, "/twilio/voice/language/?Digits=", call_params()))
    return twiml(post(client, "/twilio/voice/language/", call_params(Digits=digits)))


def dialled(verbs):
    (dial,) = [v for v in verbs if v[0] == "Dial"]
    return dial[1], [(tag, value) for tag, _, value, _ in dial[3]], [leg[1] for leg in dial[3]]


def assert_voicemail(verbs, reason, language=""):
    """Why, then the recording notice, then the invitation, and only then <Record>."""
    keys = (reason, "recording-notice", "leave-message")
    expected = [line for key in keys
                for line in (bilingual(key) if language == "" else [text(key, language)])]
    assert said(verbs)[-len(expected):] == expected
    assert_record_last(verbs)


def assert_record_last(verbs):
    """<Record> comes after every <Say> (so after the recording notice), then <Hangup>."""
    assert tags(verbs)[-2:] == ["Record", "Hangup"]
    assert "Say" not in tags(verbs)[-2:]
    record = verbs[-2][1]
    assert record["maxLength"] == "120"
    assert record["action"] == BASE + "/twilio/voice/recorded/"
    assert record["recordingStatusCallback"] == BASE + "/twilio/voice/recording-status/"


def test_the_greeting_is_welsh_first_then_the_language_choice():
    contact = people.contact(first_name="Siân", last_name="Llŷr", language="en", phone=CALLER,
                             mobile=False)
    verbs = twiml(post(Client(), "/twilio/voice/incoming/", call_params()))
    assert tags(verbs) == ["Say", "Say", "Gather", "Redirect"]
    assert said(verbs) == bilingual("greeting")
    gather = verbs[2]
    assert gather[1] == {"numDigits": "1", "timeout": "5", "action": LANGUAGE_URL,
                         "method": "POST"}
    assert [(c[1]["language"], c[2]) for c in gather[3]] == bilingual("choose-language")
    assert verbs[3][2] == LANGUAGE_URL + "?Digits="
    call = Interaction.objects.get(twilio_sid=SID)
    assert (call.kind, call.direction, call.status) == ("call", "in", "ringing")
    assert (call.from_number, call.to_number, call.contact) == (CALLER, LINE_NUMBER, contact)


def test_a_repeated_incoming_webhook_keeps_one_record(client):
    post(client, "/twilio/voice/incoming/", call_params())
    post(client, "/twilio/voice/incoming/", call_params(CallStatus="queued"))
    assert Interaction.objects.get(twilio_sid=SID).status == "ringing"


def test_welsh_is_answered_in_welsh_by_welsh_speakers(client, agents):
    verbs = choose(client, "1")
    assert said(verbs) == [text("connecting", "cy")]
    attrs, numbers, legs = dialled(verbs)
    assert attrs == {"action": BASE + "/twilio/voice/dial-complete/", "method": "POST",
                     "timeout": "20"}
    assert numbers == [("Number", agents["welsh"].phone)]
    assert legs[0]["statusCallback"] == BASE + "/twilio/voice/status/"
    assert legs[0]["statusCallbackEvent"] == "initiated ringing answered completed"
    assert Interaction.objects.get(twilio_sid=SID).language == "cy"


def test_english_rings_everyone_on_duty(client, agents):
    verbs = choose(client, "2")
    assert said(verbs) == [text("connecting", "en")]
    _, numbers, legs = dialled(verbs)
    assert numbers == [("Number", agents["welsh"].phone), ("Number", agents["english"].phone),
                       ("Client", "ann-desk")]
    assert {leg["statusCallbackEvent"] for leg in legs} == {"initiated ringing answered completed"}
    assert Interaction.objects.get(twilio_sid=SID).language == "en"


@pytest.mark.parametrize("digits", [None, ""])
def test_no_choice_carries_on_in_both_languages(client, agents, digits):
    verbs = choose(client, digits)
    assert said(verbs) == bilingual("no-choice") + bilingual("connecting")
    assert len(dialled(verbs)[1]) == 3
    assert Interaction.objects.get(twilio_sid=SID).language == ""


def again(client, digits):
    """The caller's answer to the menu asked once more (after a wrong key)."""
    path = "/twilio/voice/language/?again=1"
    if digits is None:  # silence again: the <Redirect> of the second menu
        return twiml(post(client, path + "&Digits=", call_params()))
    return twiml(post(client, path, call_params(Digits=digits)))


def assert_menu_again(verbs):
    assert tags(verbs) == ["Say", "Say", "Gather", "Redirect"]
    gather = verbs[2]
    assert gather[1]["action"] == LANGUAGE_URL + "?again=1"
    assert [(c[1]["language"], c[2]) for c in gather[3]] == bilingual("choose-language")
    assert verbs[3][2] == LANGUAGE_URL + "?again=1&Digits="


@pytest.mark.parametrize("digits", ["3", "*", "0"])
def test_a_wrong_key_hears_so_and_the_menu_once_more(client, agents, digits):
    verbs = choose(client, digits)
    assert said(verbs) == bilingual("wrong-key")
    assert_menu_again(verbs)
    assert not {text for _, text in bilingual("no-choice")} & {text for _, text in said(verbs)}
    assert Interaction.objects.get(twilio_sid=SID).language == ""


def test_a_second_wrong_key_goes_on_in_both_languages_without_no_choice(client, agents):
    choose(client, "3")
    verbs = again(client, "9")
    assert said(verbs) == bilingual("connecting")
    assert len(dialled(verbs)[1]) == 3
    assert Interaction.objects.get(twilio_sid=SID).language == ""


def test_a_second_wrong_key_when_closed_is_bilingual_voicemail(client, settings):
    settings.HELPLINE_NOW = EVENING
    choose(client, "3")
    verbs = again(client, "*")
    assert bilingual("no-choice")[0] not in said(verbs)
    assert said(verbs)[:2] == bilingual("closed")
    assert_voicemail(verbs, "closed")


def test_silence_after_the_menu_again_is_no_choice(client, agents):
    choose(client, "5")
    verbs = again(client, None)
    assert said(verbs) == bilingual("no-choice") + bilingual("connecting")


def test_the_right_key_the_second_time_chooses_the_language(client, agents):
    choose(client, "8")
    verbs = again(client, "1")
    assert said(verbs) == [text("connecting", "cy")]
    assert Interaction.objects.get(twilio_sid=SID).language == "cy"


def test_a_wrong_key_is_explained_even_if_its_prompt_was_deleted(client):
    Prompt.objects.filter(key="wrong-key").delete()
    verbs = choose(client, "4")
    assert said(verbs) == [("cy-GB", BUILT_IN["wrong-key"][0]), ("en-GB", BUILT_IN["wrong-key"][1])]
    assert_menu_again(verbs)


@pytest.mark.parametrize("when", [EVENING, CHRISTMAS], ids=["evening", "bank-holiday"])
def test_closed_goes_to_voicemail(client, settings, agents, when):
    settings.HELPLINE_NOW = when
    verbs = choose(client, "2")
    assert "Dial" not in tags(verbs)
    assert_voicemail(verbs, "closed", "en")


def test_closed_without_a_choice_is_bilingual(client, settings):
    settings.HELPLINE_NOW = EVENING
    verbs = choose(client, None)
    assert said(verbs)[:2] == bilingual("no-choice")
    assert_voicemail(verbs, "closed")


def test_a_welsh_call_with_no_welsh_speaker_on_duty_goes_to_voicemail(client, agents):
    agents["welsh"].on_duty = False
    agents["welsh"].save()
    verbs = choose(client, "1")
    assert "Dial" not in tags(verbs)
    assert_voicemail(verbs, "no-answer", "cy")


def test_nobody_on_duty_goes_to_voicemail(client):
    assert_voicemail(choose(client, "2"), "no-answer", "en")


def test_an_answered_dial_hangs_up_afterwards(client, agents):
    choose(client, "1")
    verbs = twiml(post(client, "/twilio/voice/dial-complete/",
                       call_params(DialCallStatus="completed")))
    assert tags(verbs) == ["Hangup"]


@pytest.mark.parametrize("outcome", ["no-answer", "busy", "failed"])
def test_no_answer_goes_to_voicemail_in_the_callers_language(client, agents, outcome):
    choose(client, "1")
    verbs = twiml(post(client, "/twilio/voice/dial-complete/",
                       call_params(DialCallStatus=outcome)))
    assert_voicemail(verbs, "no-answer", "cy")


def test_a_voicemail_makes_one_callback_however_often_twilio_repeats(client):
    choose(client, "1")
    recording = call_params(RecordingSid="RE" + "2" * 32, RecordingDuration="14",
                            RecordingUrl="https://api.twilio.com/2010-04-01/Accounts/AC0/"
                                         "Recordings/RE" + "2" * 32)
    for _ in range(2):
        verbs = twiml(post(client, "/twilio/voice/recorded/", recording))
        assert said(verbs) == [text("goodbye", "cy")]
        assert tags(verbs) == ["Say", "Hangup"]
    call = Interaction.objects.get(twilio_sid=SID)
    assert (call.kind, call.recording_url) == ("voicemail", recording["RecordingUrl"])
    callback = Callback.objects.get(interaction=call)
    assert (callback.phone, callback.language) == (CALLER, "cy")
    assert callback.due_at.hour == 12  # an hour after 11:00, while the line is open


def test_no_callback_for_a_withheld_number(client):
    params = call_params(From="anonymous")
    post(client, "/twilio/voice/incoming/", params)
    post(client, "/twilio/voice/recorded/", params | {"RecordingUrl": "https://x.example/r"})
    assert not Callback.objects.exists()
    assert Interaction.objects.get(twilio_sid=SID).kind == "voicemail"


def test_staff_edits_to_prompts_are_spoken_exactly(client):
    Prompt.objects.filter(key="greeting").update(text_cy="Croeso i’r llinell gymorth — ŵ ŷ")
    verbs = twiml(post(client, "/twilio/voice/incoming/", call_params()))
    assert said(verbs)[0] == ("cy-GB", "Croeso i’r llinell gymorth — ŵ ŷ")


def test_the_recording_notice_is_spoken_even_if_its_prompt_was_deleted(client, settings):
    settings.HELPLINE_NOW = EVENING
    Prompt.objects.filter(key="recording-notice").delete()
    verbs = choose(client, "2")
    assert ("en-GB", BUILT_IN["recording-notice"][1]) in said(verbs)
    assert_record_last(verbs)


def test_the_fallback_apologises_bilingually_and_takes_a_message(client):
    verbs = twiml(post(client, "/twilio/voice/fallback/",
                       call_params(ErrorCode="11200", ErrorUrl=BASE + "/twilio/voice/incoming/")))
    assert said(verbs) == [(lang, BUILT_IN[key][i])
                           for key in ["sorry", "recording-notice", "leave-message"]
                           for i, lang in enumerate(["cy-GB", "en-GB"])]
    assert "technical problem" in said(verbs)[1][1]
    assert_record_last(verbs)


def voiced(verbs):
    """(language, voice) of every <Say>, inside <Gather> too."""
    return [pair for tag, attrs, _, children in verbs
            for pair in ([(attrs["language"], attrs.get("voice"))] if tag == "Say" else [])
            + voiced(children)]


def test_welsh_has_a_welsh_voice_and_english_a_british_one(client, agents):
    greeting = twiml(post(client, "/twilio/voice/incoming/", call_params()))
    welsh = twiml(post(client, "/twilio/voice/language/", call_params(Digits="1")))
    english = twiml(post(client, "/twilio/voice/language/", call_params(Digits="2")))
    assert voiced(greeting) == [("cy-GB", "Polly.Gwyneth"), ("en-GB", "Polly.Amy-Neural")] * 2
    assert voiced(welsh) == [("cy-GB", "Polly.Gwyneth")]
    assert voiced(english) == [("en-GB", "Polly.Amy-Neural")]


def test_the_fallback_speaks_with_the_same_voices(client):
    verbs = twiml(post(client, "/twilio/voice/fallback/", call_params()))
    assert set(voiced(verbs)) == {("cy-GB", "Polly.Gwyneth"), ("en-GB", "Polly.Amy-Neural")}


@pytest.mark.parametrize(("voices", "expected"), [
    ({"en": "Polly.Brian-Neural"}, [("cy-GB", "Polly.Gwyneth"), ("en-GB", "Polly.Brian-Neural")]),
    ({"cy": ""}, [("cy-GB", None), ("en-GB", "Polly.Amy-Neural")]),  # the console's default
])
def test_settings_change_one_voice_and_keep_the_other_default(client, settings, voices,
                                                              expected):
    settings.HELPLINE_VOICES = voices
    verbs = twiml(post(client, "/twilio/voice/incoming/", call_params()))
    assert voiced(verbs) == expected * 2

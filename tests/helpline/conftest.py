"""Webhooks signed exactly as Twilio signs them, a fixed clock, and a fake Twilio REST API."""

import datetime
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
from twilio.request_validator import RequestValidator

from helpline.models import AgentLine
from tests.fakes import ACCOUNT
from tests.fakes import FakeTwilioApi as BaseFakeTwilioApi

BASE = "https://adopt.example.org"
TOKEN = "test-auth-token"
CALLER = "+447400123123"
LINE_NUMBER = "+442920180123"
LONDON = ZoneInfo("Europe/London")
OPEN = datetime.datetime(2026, 12, 2, 11, 0, tzinfo=LONDON)  # a Wednesday morning
EVENING = datetime.datetime(2026, 12, 2, 19, 30, tzinfo=LONDON)
CHRISTMAS = datetime.datetime(2026, 12, 25, 11, 0, tzinfo=LONDON)  # a Friday, bank holiday


@pytest.fixture
def twilio_settings(settings):
    """Used by the webhook test modules (not autouse: other helpline tests share this dir)."""
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.TWILIO_AUTH_TOKEN = TOKEN
    settings.TWILIO_ACCOUNT_SID = ACCOUNT
    settings.HELPLINE_NOW = OPEN
    return settings


def sign(path, params, token=TOKEN, url=None):
    return RequestValidator(token).compute_signature(url or BASE + path, params)


def call_params(sid="CA" + "1" * 32, **extra):
    params = {"CallSid": sid, "AccountSid": ACCOUNT, "From": CALLER,
              "To": LINE_NUMBER, "CallStatus": "ringing", "Direction": "inbound"}
    params.update(extra)
    return params


def post(client, path, params, **signing):
    """POST form params as Twilio does, with X-Twilio-Signature for the public URL."""
    return client.post(path, params, headers={"X-Twilio-Signature": sign(path, params,
                                                                          **signing)})


def twiml(response):
    """The TwiML verbs as (tag, attributes, text, children) tuples."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/xml")
    root = ET.fromstring(response.content)
    assert root.tag == "Response"
    return [verb(element) for element in root]


def verb(element):
    return (element.tag, element.attrib, (element.text or "").strip(),
            [verb(child) for child in element])


def said(verbs):
    """(language, text) of every <Say> at the top level."""
    return [(attrs["language"], text) for tag, attrs, text, _ in verbs if tag == "Say"]


def tags(verbs):
    return [tag for tag, *_ in verbs]


@pytest.fixture
def agents(django_user_model):
    """Three agents on duty (one Welsh speaker, one on a Twilio client) and one off duty."""
    def agent(name, **line):
        user = django_user_model.objects.create_user(username=name, email=f"{name}@example.org")
        return AgentLine.objects.create(user=user, **line)

    return {
        "welsh": agent("gwen", phone="+447400123201", speaks_welsh=True, on_duty=True),
        "english": agent("tom", phone="+447400123202", on_duty=True),
        "browser": agent("ann", client_identity="ann-desk", on_duty=True),
        "off": agent("huw", phone="+447400123204", speaks_welsh=True, on_duty=False),
    }


class FakeTwilioApi(BaseFakeTwilioApi):
    def add_call(self, sid, **fields):
        super().add_call(sid, **{"from": CALLER, "to": LINE_NUMBER, **fields})


@pytest.fixture
def twilio_api(settings):
    api = FakeTwilioApi()
    settings.TWILIO_API_BASE = api.url
    yield api
    api.close()

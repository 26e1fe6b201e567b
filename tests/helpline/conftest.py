"""Webhooks signed exactly as Twilio signs them, a fixed clock, and a fake Twilio REST API."""

import datetime
import json
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest
from twilio.request_validator import RequestValidator

from helpline.models import AgentLine

BASE = "https://adopt.example.org"
TOKEN = "test-auth-token"
ACCOUNT = "AC" + "0" * 32
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


class FakeTwilioApi:
    """A local HTTP server standing in for api.twilio.com: answers GET for call resources
    from `calls`, or the HTTP statuses queued in `statuses`, and records every request."""

    def __init__(self):
        self.requests, self.calls, self.statuses = [], {}, []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                api.requests.append({"path": self.path,
                                     "auth": self.headers.get("Authorization", "")})
                sid = self.path.rsplit("/", 1)[-1].removesuffix(".json")
                status = api.statuses.pop(0) if api.statuses else (
                    200 if sid in api.calls else 404)
                payload = api.calls[sid] if status == 200 else {
                    "code": 20404 if status == 404 else 20500, "status": status,
                    "message": "The requested resource was not found" if status == 404
                    else "Internal error"}
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add_call(self, sid, **fields):
        self.calls[sid] = {"sid": sid, "account_sid": ACCOUNT, "status": "completed",
                           "direction": "inbound", "from": CALLER, "to": LINE_NUMBER, **fields}

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def twilio_api(settings):
    api = FakeTwilioApi()
    settings.TWILIO_API_BASE = api.url
    yield api
    api.close()

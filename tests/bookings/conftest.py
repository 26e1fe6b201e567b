import email
import email.policy

import pytest
from django.core.cache import caches

from tests.fakes import FakeTwilioApi
from tests.smtp import RecordingSmtp


@pytest.fixture(autouse=True)
def fresh_rate_limits(request):
    if request.node.get_closest_marker("django_db"):  # the race test runs outside one
        caches["limits"].clear()


@pytest.fixture
def twilio_api(settings):
    api = FakeTwilioApi()
    settings.SMS_BACKEND = "twilio"
    settings.TWILIO_API_BASE = api.url
    settings.TWILIO_ACCOUNT_SID = "AC" + "0" * 32
    settings.TWILIO_AUTH_TOKEN = "test-token"
    settings.TWILIO_SMS_FROM = "+447700900000"
    yield api
    api.close()


class Inbox:
    """What a real SMTP server on loopback received, as parsed email messages."""

    def __init__(self, server):
        self.server = server

    def to(self, address):
        return [email.message_from_bytes(data.encode(), policy=email.policy.default)
                for recipients, data in self.server.messages if address in recipients]


@pytest.fixture
def inbox(settings):
    server = RecordingSmtp()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield Inbox(server)
    server.close()

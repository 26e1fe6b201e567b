import pytest

from tests.fakes import FakeTwilioApi


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

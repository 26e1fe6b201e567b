"""Only requests signed by Twilio for the public URL reach the webhooks."""

import pytest
from django.test import Client
from twilio.request_validator import SIGNATURE_SETTINGS_HEADER, RequestValidator

from helpline.models import Interaction
from tests.helpline.conftest import BASE, call_params, post, sign

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("twilio_settings")]
INCOMING = "/twilio/voice/incoming/"


def test_a_signed_request_passes_even_with_csrf_checks_on():
    client = Client(enforce_csrf_checks=True)
    assert post(client, INCOMING, call_params()).status_code == 200
    assert Interaction.objects.filter(twilio_sid=call_params()["CallSid"]).exists()


def test_an_unsigned_request_is_refused(client):
    assert client.post(INCOMING, call_params()).status_code == 403
    assert not Interaction.objects.filter(twilio_sid=call_params()["CallSid"]).exists()


def test_tampered_params_are_refused(client):
    params = call_params()
    signature = sign(INCOMING, params)
    params["From"] = "+442920180999"
    response = client.post(INCOMING, params, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_a_signature_made_with_another_token_is_refused(client):
    assert post(client, INCOMING, call_params(), token="not-our-token").status_code == 403


def test_behind_the_proxy_the_public_https_url_is_what_counts(client):
    """Django sees http://testserver; Twilio signed https://adopt.example.org/..."""
    params = call_params()
    assert post(client, INCOMING, params, url=BASE + INCOMING).status_code == 200
    internal = "http://testserver" + INCOMING
    assert post(client, INCOMING, params, url=internal).status_code == 403


def test_the_query_string_is_part_of_the_signed_url(client):
    path = "/twilio/voice/language/?Digits="
    assert post(client, path, call_params()).status_code == 200
    signature = sign("/twilio/voice/language/", call_params())
    response = client.post(path, call_params(), headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_without_an_auth_token_nothing_is_accepted(client, settings):
    settings.TWILIO_AUTH_TOKEN = ""
    assert post(client, INCOMING, call_params(), token="").status_code == 403


def test_only_post(client):
    signature = sign(INCOMING, {})
    response = client.get(INCOMING, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 405


def test_a_webhook_rule_signing_with_a_shared_key(client, settings):
    """Twilio Webhook Rules can sign with a shared key and HMAC-SHA256 instead."""
    params = call_params()
    header = {SIGNATURE_SETTINGS_HEADER: "key=webhooks_sharedkey_1,algorithm=HMAC_SHA256"}
    signature = RequestValidator("shared-secret").compute_signature(
        BASE + INCOMING, params, "HMAC_SHA256")
    headers = {"X-Twilio-Signature": signature, **header}
    assert client.post(INCOMING, params, headers=headers).status_code == 403  # no key set
    settings.TWILIO_WEBHOOK_SHARED_KEY = "shared-secret"
    assert client.post(INCOMING, params, headers=headers).status_code == 200

"""The Twilio transport: the REST client, sending SMS through it, and fetching recordings.
Production uses Twilio's REST API through the real twilio Client; development logs SMS
instead. TWILIO_API_BASE points the client elsewhere (tests use a local HTTP server that
records what was sent)."""

import logging

import requests
from django.conf import settings
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

logger = logging.getLogger(__name__)
TWILIO_API = "https://api.twilio.com"


class SmsError(Exception):
    pass


class RebasedHttpClient(TwilioHttpClient):
    """The ordinary Twilio HTTP client, sending to another base URL."""

    def __init__(self, base_url, timeout):
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        return super().request(method, url.replace(TWILIO_API, self.base_url), *args, **kwargs)


def twilio_client():
    """The REST client; every call gives up after TWILIO_TIMEOUT seconds (requests' Timeout)."""
    base, timeout = settings.TWILIO_API_BASE, settings.TWILIO_TIMEOUT
    http_client = RebasedHttpClient(base, timeout) if base else TwilioHttpClient(timeout=timeout)
    return Client(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN, http_client=http_client)


def send_sms(to: str, body: str, status_callback: str = "") -> str:
    """Send one SMS; return the provider's message id. Raises SmsError on any failure."""
    if settings.SMS_BACKEND == "console":
        logger.info("SMS to %s: %s", to, body)
        return "console"
    try:
        message = twilio_client().messages.create(
            to=to, from_=settings.TWILIO_SMS_FROM, body=body,
            **({"status_callback": status_callback} if status_callback else {}),
        )
    except Exception as error:  # noqa: BLE001 - any provider failure is retried the same way
        raise SmsError(str(error)) from error
    return message.sid


class MediaUnavailable(Exception):
    """Twilio did not hand over a recording: `timed_out` if it kept us waiting too long."""

    def __init__(self, message, timed_out=False, status=None):
        super().__init__(message)
        self.timed_out, self.status = timed_out, status


def open_media(url: str):
    """Open a recording on Twilio's API for streaming, with the account's credentials and
    TWILIO_TIMEOUT; only api.twilio.com (or TWILIO_API_BASE) is ever sent the credentials.
    Returns a `requests` response (iterate `iter_content`, then `close`)."""
    if not url.startswith(TWILIO_API + "/"):
        raise MediaUnavailable("not a Twilio API address")
    if settings.TWILIO_API_BASE:
        url = url.replace(TWILIO_API, settings.TWILIO_API_BASE.rstrip("/"), 1)
    try:
        response = requests.get(url, stream=True, timeout=settings.TWILIO_TIMEOUT,
                                auth=(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN))
    except requests.Timeout as error:
        raise MediaUnavailable(str(error), timed_out=True) from error
    except requests.RequestException as error:
        raise MediaUnavailable(str(error)) from error
    if response.status_code != 200:
        response.close()
        raise MediaUnavailable(f"Twilio answered {response.status_code}",
                               status=response.status_code)
    return response

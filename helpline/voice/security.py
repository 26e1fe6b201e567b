"""Webhooks are authenticated by Twilio's signature, not by CSRF tokens or sessions."""

import logging
from functools import wraps

from django.conf import settings
from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from twilio.request_validator import (
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)

logger = logging.getLogger(__name__)


def public_url(path: str) -> str:
    """The URL Twilio uses: the public base (behind the TLS proxy), not what Django sees."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def signed_by_twilio(request) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    # A Twilio Webhook Rule may sign with a shared key (and SHA-256) instead of the auth token.
    signing_settings = request.headers.get(SIGNATURE_SETTINGS_HEADER, "")
    secret = (getattr(settings, "TWILIO_WEBHOOK_SHARED_KEY", "") if signing_settings
              else getattr(settings, "TWILIO_AUTH_TOKEN", ""))
    if not signature or not secret:  # an empty secret would let anyone sign
        return False
    return RequestValidator(secret).validate(
        public_url(request.get_full_path()), request.POST, signature,
        get_signature_algorithm(signing_settings))


def twilio_webhook(view):
    """POST only, CSRF exempt, and 403 unless X-Twilio-Signature matches the public URL."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not signed_by_twilio(request):
            logger.warning("Rejected unsigned or badly signed webhook %s", request.path)
            return HttpResponseForbidden()
        return view(request, *args, **kwargs)

    return csrf_exempt(require_POST(checked))

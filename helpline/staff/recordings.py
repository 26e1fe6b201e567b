"""Voicemail played through the portal: the recording is fetched from Twilio on the server,
with the account's credentials, and streamed to staff who may see the call. The page never
holds Twilio's own address, and nothing is cached on the way."""

import logging

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from enquiries import access
from enquiries.audit import audit
from helpline.staff.timeline import calls as walled_calls
from portal.twilio import MediaUnavailable, open_media

logger = logging.getLogger(__name__)
CHUNK = 64 * 1024


def mp3_url(recording_url: str) -> str:
    """Twilio's RecordingUrl has no extension; `.mp3` asks for MP3 (audio/mpeg)."""
    return recording_url if recording_url.endswith((".mp3", ".wav")) else recording_url + ".mp3"


def stream(upstream):
    try:
        yield from upstream.iter_content(CHUNK)
    finally:
        upstream.close()


def unavailable(request, call, error):
    logger.warning("Recording of call %s not fetched: %s", call.pk, error)
    if error.timed_out:
        message, status = _("Twilio did not send the recording in time. Try again in a "
                            "minute."), 504
    elif error.status == 404:
        message, status = _("Twilio no longer holds this recording."), 404
    else:
        message, status = _("The recording could not be fetched from Twilio."), 502
    response = render(request, "helpline/staff/recording_unavailable.html",
                      {"message": message, "call": call}, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@access.staff_view(get="helpline.view_interaction")
def recording(request, pk):
    call = get_object_or_404(walled_calls(request.user).exclude(recording_url=""), pk=pk)
    audit(request, "play-recording", call)
    try:
        upstream = open_media(mp3_url(call.recording_url))
    except MediaUnavailable as error:
        return unavailable(request, call, error)
    response = StreamingHttpResponse(stream(upstream), content_type="audio/mpeg")
    if upstream.headers.get("Content-Length", "").isdigit():
        response["Content-Length"] = upstream.headers["Content-Length"]
    response["Cache-Control"] = "private, no-store"
    disposition = "attachment" if request.GET.get("download") else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="voicemail-{call.pk}.mp3"'
    return response

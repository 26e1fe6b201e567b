"""Links to helpline screens that may not exist on every branch or deployment yet."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def voicemail_url(callback):
    """Where staff play a callback's voicemail through the portal (audited there), or "" when
    the callback has no recording."""
    call = callback.interaction
    if call is None or not call.recording_url:
        return ""
    try:
        return reverse("helpline_staff:recording", args=[call.pk])
    except NoReverseMatch:
        return ""

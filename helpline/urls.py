"""Twilio webhooks (voice and SMS status), mounted at /twilio/ outside the language prefixes."""

from django.urls import path

from helpline.voice import views
from helpline.voice.sms_views import sms_status

app_name = "helpline"
urlpatterns = [
    path("voice/incoming/", views.incoming, name="voice-incoming"),
    path("voice/language/", views.language, name="voice-language"),
    path("voice/dial-complete/", views.dial_complete, name="voice-dial-complete"),
    path("voice/recorded/", views.recorded, name="voice-recorded"),
    path("voice/recording-status/", views.recording_status, name="voice-recording-status"),
    path("voice/status/", views.status, name="voice-status"),
    path("voice/fallback/", views.fallback, name="voice-fallback"),
    path("sms/status/", sms_status, name="sms-status"),
]

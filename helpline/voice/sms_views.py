from django.http import HttpResponse

from helpline.sms import record_status
from helpline.voice.security import twilio_webhook


@twilio_webhook
def sms_status(request):
    """Twilio's delivery status callback for a message we sent."""
    record_status(request.POST.get("MessageSid", ""), request.POST.get("MessageStatus", ""))
    return HttpResponse(status=204)

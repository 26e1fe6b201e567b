from django.urls import path
from django.utils.translation import gettext_lazy as _

from enquiries import views
from enquiries.response_times import response_times

app_name = "enquiries"
urlpatterns = [
    path(_("enquire/"), views.EnquiryView.as_view(), name="form"),
    path(_("enquire/thank-you/"), views.thanks, name="thanks"),
    path(_("outside-wales/"), views.outside_wales, name="outside_wales"),
    path(_("response-times/"), response_times, name="response_times"),
]

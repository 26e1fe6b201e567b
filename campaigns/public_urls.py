from django.urls import path
from django.utils.translation import gettext_lazy as _

from campaigns.response_times import response_times

app_name = "campaigns_public"
urlpatterns = [path(_("response-times/"), response_times, name="response_times")]

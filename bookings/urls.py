from django.urls import path
from django.utils.translation import gettext_lazy as _

from bookings import views

app_name = "bookings"
urlpatterns = [
    path(_("book/<uuid:key>/"), views.BookView.as_view(), name="book"),
    path(_("booking/<slug:token>/thank-you/"), views.thanks, name="thanks"),
    path(_("booking/<slug:token>/"), views.manage, name="manage"),
]

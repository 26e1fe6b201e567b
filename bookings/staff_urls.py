from django.urls import path

from bookings import staff

app_name = "bookings_staff"
urlpatterns = [
    path("", staff.events, name="events"),
    path("<int:pk>/", staff.event_bookings, name="event"),
    path("<int:pk>/register/", staff.register, name="register"),
    path("<int:pk>/export/", staff.export, name="export"),
    path("<int:pk>/message/", staff.message, name="message"),
    path("<int:pk>/places/", staff.event_places, name="places"),
]

from django.urls import path

from helpline.staff import matches, person, views

app_name = "helpline_staff"
urlpatterns = [
    path("", views.search, name="search"),
    path("callbacks/", views.callbacks, name="callbacks"),
    path("callbacks/<int:pk>/", views.complete_callback, name="complete_callback"),
    path("contacts/new/", views.new_contact, name="new_contact"),
    path("possible-matches/", matches.possible_matches, name="possible_matches"),
    path("possible-matches/<int:pk>/dismiss/", matches.dismiss_match, name="dismiss_match"),
    path("contacts/<int:pk>/", person.contact_detail, name="contact"),
    path("contacts/<int:pk>/log/", person.log_interaction, name="log"),
    path("contacts/<int:pk>/enquiry/", person.raise_enquiry, name="raise_enquiry"),
    path("contacts/<int:pk>/merge/", views.merge, name="merge"),
    path("contacts/<int:pk>/sms/", person.send_sms, name="send_sms"),
]

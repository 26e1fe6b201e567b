from django.urls import path

from helpline.staff import callbacks, listings, live, matches, recordings, views

app_name = "helpline_staff"
urlpatterns = [
    path("", views.search, name="search"),
    path("callbacks/", listings.callbacks, name="callbacks"),
    path("callbacks/results/", listings.callbacks_results, name="callbacks_results"),
    path("contacts/", listings.contacts, name="contacts"),
    path("contacts/results/", listings.contacts_results, name="contacts_results"),
    path("calls/", listings.calls, name="calls"),
    path("calls/results/", listings.calls_results, name="calls_results"),
    path("callbacks/<int:pk>/", callbacks.callback_detail, name="callback"),
    path("callbacks/<int:pk>/attempt/", callbacks.record_attempt, name="complete_callback"),
    path("callbacks/<int:pk>/person/", callbacks.link_person, name="link_callback_person"),
    path("calls/<int:pk>/recording/", recordings.recording, name="recording"),
    path("live/calls/", live.live_calls, name="live_calls"),
    path("live/my-call/", live.my_call, name="my_call"),
    path("contacts/new/", views.new_contact, name="new_contact"),
    path("possible-matches/", matches.possible_matches, name="possible_matches"),
    path("possible-matches/<int:pk>/dismiss/", matches.dismiss_match, name="dismiss_match"),
    path("contacts/<int:pk>/", views.contact_detail, name="contact"),
    path("contacts/<int:pk>/log/", views.log_interaction, name="log"),
    path("contacts/<int:pk>/enquiry/", views.raise_enquiry, name="raise_enquiry"),
    path("contacts/<int:pk>/merge/", views.merge, name="merge"),
    path("contacts/<int:pk>/sms/", views.send_sms, name="send_sms"),
    path("contacts/<int:pk>/callback/", callbacks.book_callback, name="book_callback"),
]

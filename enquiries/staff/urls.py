from django.urls import path

from enquiries.staff import views

app_name = "enquiries_staff"
urlpatterns = [
    path("", views.enquiry_list, name="list"),
    path("export.csv", views.enquiry_export, name="export"),
    path("<int:pk>/", views.enquiry_detail, name="detail"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/note/", views.add_note, name="note"),
    path("<int:pk>/first-response/", views.first_response, name="first_response"),
    path("<int:pk>/reassign/", views.reassign, name="reassign"),
    path("<int:pk>/retry/", views.retry_notification, name="retry"),
]

from django.urls import path

from enquiries.staff import bulk, queue, views

app_name = "enquiries_staff"
urlpatterns = [
    path("", queue.enquiry_list, name="list"),
    path("results/", queue.enquiry_list_results, name="list_results"),
    path("export.csv", queue.enquiry_export, name="export"),
    path("bulk/", bulk.bulk_action, name="bulk"),
    path("<int:pk>/", views.enquiry_detail, name="detail"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/note/", views.add_note, name="note"),
    path("<int:pk>/first-response/", views.first_response, name="first_response"),
    path("<int:pk>/reassign/", views.reassign, name="reassign"),
    path("<int:pk>/retry/", views.retry_notification, name="retry"),
]

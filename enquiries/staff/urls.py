from django.urls import path

from enquiries.staff import views

app_name = "enquiries_staff"
urlpatterns = [
    path("", views.enquiry_list, name="list"),
    path("export.csv", views.enquiry_export, name="export"),
    path("<int:pk>/", views.enquiry_detail, name="detail"),
    path("<int:pk>/<slug:action>/", views.enquiry_action, name="action"),
]

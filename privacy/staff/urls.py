"""Staff screens for data protection, under /admin/data-protection/ (docs/data-protection.md)."""

from django.urls import path

from privacy.staff import correct, erasure, person, subject_access

app_name = "privacy_staff"
urlpatterns = [
    path("<int:pk>/", person.person, name="person"),
    path("<int:pk>/hold/", person.place_hold, name="place_hold"),
    path("hold/<int:pk>/lift/", person.lift_hold, name="lift_hold"),
    path("<int:pk>/subject-access/", subject_access.subject_access, name="subject_access"),
    path("<int:pk>/correct/", correct.correct, name="correct"),
    path("<int:pk>/erase/", erasure.erase, name="erase"),
]

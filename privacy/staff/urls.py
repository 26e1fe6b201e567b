"""Staff screens for data protection, under /admin/data-protection/ (docs/data-protection.md)."""

from django.urls import path  # noqa: F401 (screens add their paths here)

app_name = "privacy_staff"
urlpatterns = [
]

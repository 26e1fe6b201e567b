from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """Data protection: the retention job, legal holds, subject access, erasure and correction
    (docs/data-protection.md). Builds on enquiries, helpline, bookings and retention; nothing
    imports it."""

    name = "privacy"
    verbose_name = _("Data protection")
    default_auto_field = "django.db.models.BigAutoField"

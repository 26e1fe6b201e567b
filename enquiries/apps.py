from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = "Enquiries"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from enquiries import attribution
        from enquiries.staff import access_changes
        from portal.languages import keep_on_toggle

        access_changes.connect()  # audit every change to who may do what
        keep_on_toggle(*attribution.PARAMETERS)  # switching language keeps the attribution

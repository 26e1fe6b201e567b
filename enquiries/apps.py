from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = "Enquiries"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from enquiries import attribution, checks, tasks  # noqa: F401 (checks registers)
        from enquiries.staff import access_changes
        from portal import health, queue
        from portal.languages import keep_on_toggle

        access_changes.connect()  # audit every change to who may do what
        keep_on_toggle(*attribution.PARAMETERS)  # switching language keeps the attribution
        health.register("notifications", tasks.health)
        queue.register_sweep("notifications", tasks.requeue_lost)

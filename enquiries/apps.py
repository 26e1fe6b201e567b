from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = "Enquiries"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from enquiries import tasks
        from enquiries.staff import access_changes
        from portal import health, queue

        access_changes.connect()  # audit every change to who may do what
        health.register("notifications", tasks.health)
        queue.register_sweep("notifications", tasks.requeue_lost)

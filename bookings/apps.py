from django.apps import AppConfig


class BookingsConfig(AppConfig):
    name = "bookings"
    verbose_name = "Event bookings"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from bookings import dashboard, tasks
        from enquiries.dashboard import sections
        from portal import queue

        queue.register_sweep("booking_messages", tasks.requeue_lost)
        sections.register(dashboard.section)  # bookings, attendance and no-shows

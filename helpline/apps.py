from django.apps import AppConfig


class HelplineConfig(AppConfig):
    name = "helpline"
    verbose_name = "Helpline"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from enquiries.access import register_person_records
        from enquiries.dashboard import sections
        from helpline import dashboard
        from helpline.models import Callback, Interaction

        # A call or callback inside a user's wall makes its contact visible to them.
        register_person_records(Interaction)
        register_person_records(Callback)
        sections.register(dashboard.section)  # calls and callbacks beside the web

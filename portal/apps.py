from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import checks, health, queue  # noqa: F401 (checks registers deploy checks)

        health.register("tasks", queue.health)

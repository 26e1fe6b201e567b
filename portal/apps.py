from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from portal import checks, health, queue, restrictions, sites  # noqa: F401 (checks)

        health.register("tasks", queue.health)
        restrictions.connect()
        sites.connect()

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        from wagtail.models import PageViewRestriction, Site

        from portal import checks, content_version, health, queue  # noqa: F401 (checks)

        health.register("tasks", queue.health)
        # Whether pages are restricted, and each host's site, are kept under the version.
        content_version.renew_when_changed(PageViewRestriction)
        content_version.renew_when_changed(Site)

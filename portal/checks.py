"""Deployment checks (`manage.py check --deploy`) for what production needs beyond Django's."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    if settings.SHARED_CACHE:
        return []
    return [Warning(
        "CACHE_URL does not name Redis, so rate limits are counted in the database, allauth's "
        "login limits per process, and the navigation and footer are not cached.",
        hint="Set CACHE_URL=redis://host:6379/0 (docs/deployment.md).", id="portal.W001")]

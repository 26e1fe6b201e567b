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


LEASE_MARGIN = 3  # an attempt makes several calls (connect, hello, send), each with its timeout


@register(deploy=True)
def leases_outlast_provider_timeouts(app_configs, **kwargs):
    """A lease shorter than one attempt would hand a send that is still running to a second
    worker, and the message would go twice (docs/enquiries.md, "Leases")."""
    sends = {"EMAIL_TIMEOUT": settings.EMAIL_TIMEOUT, "TWILIO_TIMEOUT": settings.TWILIO_TIMEOUT}
    tasks = {**sends, "SEARCH_INDEX_TIMEOUT": settings.SEARCH_INDEX_TIMEOUT,
             "FRONT_CACHE_TIMEOUT": settings.FRONT_CACHE_TIMEOUT,
             "MEDIA_READ_TIMEOUT": settings.MEDIA_READ_TIMEOUT}
    found = []
    for lease, timeouts in (("NOTIFICATION_LEASE_SECONDS", sends), ("TASK_LEASE_SECONDS", tasks)):
        longest = max(timeouts, key=timeouts.get)
        if getattr(settings, lease) < LEASE_MARGIN * timeouts[longest]:
            found.append(Warning(
                f"{lease} ({getattr(settings, lease)} s) is less than {LEASE_MARGIN} times "
                f"{longest} ({timeouts[longest]:g} s): an attempt still running could be "
                "taken again by another worker and sent twice.",
                hint=f"Raise {lease} or lower {longest}.", id="portal.W002"))
    return found

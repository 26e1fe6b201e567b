"""The one retry policy for work sent to a provider after commit (front-cache purges, search
index updates, emails and texts): try again after each delay in turn, then give up and leave
the failure where it can be seen or repaired."""

import datetime

from django.utils import timezone


def retry_at(delays, failures: int) -> datetime.datetime | None:
    """When to try again after `failures` failed attempts (1 or more), or None when the delays
    are spent and the work should be left as failed."""
    if failures > len(delays):
        return None
    return timezone.now() + datetime.timedelta(seconds=delays[failures - 1])

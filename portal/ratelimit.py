"""Fixed-window rate limits on the "limits" cache, which every app process shares: Redis in
production, else the database cache (portal/cache.py), so limits hold with several workers."""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches


def allow(scope: str, key: str, limit: int, window_seconds: int) -> bool:
    """Count one hit for `key`; False once it has had more than `limit` in this window."""
    cache = caches["limits"]
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    bucket = f"ratelimit:{scope}:{digest}:{int(time.time() // window_seconds)}"
    cache.add(bucket, 0, timeout=window_seconds + 1)
    try:
        return cache.incr(bucket) <= limit
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window_seconds + 1)
        return True


def client_ip(request) -> str:
    """The reader's address. Behind TRUSTED_PROXY_COUNT proxies (Varnish, a load balancer) each
    appends the address it saw to X-Forwarded-For, so count back that many; anything earlier
    in the header was written by the client and is not trusted."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                 if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")

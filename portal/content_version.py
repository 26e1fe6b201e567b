"""A token that changes whenever published content changes, seen by every app process.

Things worked out from content that rarely changes (the rendered navigation and footer, whether
any page is restricted, the site for a host name) are kept under the token they were made with.
A request pays one cheap read of the token instead of the queries they replace, and a publish in
one process reaches every process at its next request. The token lives in the `shared` cache:
Redis when CACHE_URL is set, else a table in the database (docs/caching.md)."""

import contextvars
import uuid

from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save

KEY = "content:version"
# Inside a request the token is read once (ContentVersionMiddleware); outside, every time.
_per_request = contextvars.ContextVar("content_version", default=None)


def current() -> str:
    seen = _per_request.get()
    if seen is not None and "token" in seen:
        return seen["token"]
    cache = caches["shared"]
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, uuid.uuid4().hex, None)
        token = cache.get(KEY) or "unshared"
    if seen is not None:
        seen["token"] = token
    return token


def renew():
    caches["shared"].set(KEY, uuid.uuid4().hex, None)
    seen = _per_request.get()
    if seen is not None:
        seen.pop("token", None)


def renew_now_and_after_commit():
    """For changes that this process must see at once (even inside a transaction that may be
    rolled back) and every other process once they are committed."""
    renew()
    transaction.on_commit(renew)


def renew_when_changed(model):
    """Renew the token whenever a `model` row is saved or deleted."""
    def changed(**kwargs):
        renew_now_and_after_commit()

    for signal in (post_save, post_delete):
        signal.connect(changed, sender=model, weak=False,
                       dispatch_uid=f"content-version-{model._meta.label}-{signal}")


class Memo:
    """Values worked out at most once per process for each token."""

    def __init__(self):
        self._token = None
        self._values = {}

    def get(self, key, compute):
        token = current()
        if token != self._token:
            self._token, self._values = token, {}
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]


class ContentVersionMiddleware:
    """Reads the token at most once per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reset = _per_request.set({})
        try:
            return self.get_response(request)
        finally:
            _per_request.reset(reset)

"""Tests: the embedded defaults, or PostgreSQL when DATABASE_URL is set."""

import os
import tempfile

# Uploads go to a folder of the test run's own, shared with the servers it starts (they inherit
# the environment), so that two runs at once, or a run and `make run`, never see each other's
# files and the project's media/ stays clean.
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="portal-test-media-"))

from .base import *  # noqa: E402, F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
NOTIFICATION_RETRY_DELAYS = [0, 0, 0, 0]  # retries become due at once; tests run the worker
# Browser tests run the portal under gunicorn with DEBUG off: serve static files from the finders.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Search tests opt in to the engine themselves (tests/search/conftest.py), with their own index.
ELASTICSEARCH_URL = ""
SEARCH_INDEX_PREFIX = "test"
# Page furniture is rendered every time unless a test turns its cache on (tests/caching/), so
# query budgets count the cold path; with Redis (the Varnish tests' server) it is shared.
if not SHARED_CACHE:  # noqa: F405
    CACHES = {**CACHES, "fragments": {  # noqa: F405
        "BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
# Search answers are never cached unless a test turns it on: the database is rolled back
# between tests, a cache is not.
CACHES = {**CACHES, "search": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405
# The browser tests' server (tests/browser/conftest.py) serves as production does: static files
# found once at start rather than looked up per request, and the page furniture cached per
# content version (a publish renews it), so a journey spends its time in the journey.
if os.environ.get("PORTAL_BROWSER_SERVER"):
    WHITENOISE_AUTOREFRESH = False
    CACHES = {**CACHES, "fragments": {  # noqa: F405
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"}}

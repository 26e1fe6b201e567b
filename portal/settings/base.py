"""Settings for every environment, read from the environment with embedded defaults.

With nothing set the portal runs on SQLite with Wagtail's database search and tasks stored in
the database. DATABASE_URL switches to PostgreSQL.
"""

from pathlib import Path

import environ
from botocore.config import Config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="insecure-development-key-change-me")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "portal.search",
    "directory",
    "enquiries",
    "helpline",
    "cms",
    "bookings",
    "campaigns",
    "eligibility",
    "retention",
    "privacy",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "enquiries.staff.apps.StaffUsersConfig",  # wagtail.users with the admin boundaries
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files answered here, precompressed
    "portal.compression.CompressionMiddleware",  # outside everything that writes the body
    "portal.content_version.ContentVersionMiddleware",
    "portal.sites.SiteMiddleware",
    "portal.caching.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "enquiries.staff.current_user.CurrentUserMiddleware",  # the actor in access-change audits
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.RequireMFAMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "portal.context_processors.translations",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers never block the writer (WAL); a writer takes the lock when its transaction begins
    # and waits up to SQLITE_TIMEOUT seconds for it, so the worker never makes intake fail.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL",  # synchronous stays FULL: durable commits
        "transaction_mode": "IMMEDIATE",
        "timeout": env.float("SQLITE_TIMEOUT", default=20.0),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default and source; Welsh is never second.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [PORTAL_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Media on object storage (S3 or compatible, through django-storages) when MEDIA_BUCKET is set,
# so that every app process sees every upload; local disk otherwise. Credentials come from the
# standard AWS_* variables. Serve media from our own host or MEDIA_ORIGIN (see CSP).
MEDIA_BUCKET = env("MEDIA_BUCKET", default="")
MEDIA_ORIGIN = env("MEDIA_ORIGIN", default="")  # e.g. https://media.adopt.example.org
# Seconds to connect to and to wait on the object store; botocore then retries twice.
MEDIA_CONNECT_TIMEOUT = env.float("MEDIA_CONNECT_TIMEOUT", default=5.0)
MEDIA_READ_TIMEOUT = env.float("MEDIA_READ_TIMEOUT", default=30.0)
STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": MEDIA_BUCKET,
        "endpoint_url": env("MEDIA_ENDPOINT_URL", default=None),
        "region_name": env("MEDIA_REGION", default=None),
        "custom_domain": MEDIA_ORIGIN.split("://", 1)[-1] or None,
        "file_overwrite": False,
        "default_acl": None,
        "client_config": Config(
            connect_timeout=MEDIA_CONNECT_TIMEOUT, read_timeout=MEDIA_READ_TIMEOUT,
            retries={"mode": "standard", "max_attempts": 3}),
    }} if MEDIA_BUCKET else {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": env(
        "STATICFILES_BACKEND",
        default="django.contrib.staticfiles.storage.StaticFilesStorage",
    )},
}

# One cache shared by every app process when CACHE_URL names Redis: rate limits, allauth's login
# limits and the rendered navigation and footer (docs/caching.md). Otherwise a per-process
# memory cache (rate limits excepted, below); "dummy://" turns app caching off (benchmarks).
CACHE_URL = env("CACHE_URL", default="")
SHARED_CACHE = CACHE_URL.startswith(("redis://", "rediss://"))
CACHE_KEY_PREFIX = env("CACHE_KEY_PREFIX", default="")  # one Redis, several environments


def cache_setting(prefix):
    if SHARED_CACHE:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL,
                "KEY_PREFIX": f"{CACHE_KEY_PREFIX}{prefix}"}
    if CACHE_URL.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": prefix}


CACHES = {"default": cache_setting("portal"), "fragments": cache_setting("fragments")}
# Rate limits (portal/ratelimit.py) count in their own cache: Redis when there is one, else a
# table in the database shared by every process (portal/cache.py, made by migration portal/0001).
CACHES["limits"] = cache_setting("limits") if SHARED_CACHE or CACHE_URL.startswith(
    "dummy://") else {"BACKEND": "portal.cache.DatabaseCache", "LOCATION": "portal_cache",
                      "OPTIONS": {"MAX_ENTRIES": 100_000}}
# What every process must see at once, such as the content version (portal/content_version.py).
CACHES["shared"] = cache_setting("shared") if SHARED_CACHE else {
    "BACKEND": "portal.cache.DatabaseCache", "LOCATION": "portal_cache", "KEY_PREFIX": "shared"}
if not env.bool("FRAGMENT_CACHE", default=True):  # off only to measure what it saves
    CACHES["fragments"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=3600)
# Search answers per language and query (portal/search/results_cache.py); 0 turns it off.
CACHES["search"] = cache_setting("search")
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=60)
if not SEARCH_CACHE_SECONDS:
    CACHES["search"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

# The front cache (Varnish, deploy/varnish/default.vcl): how long it and browsers may keep a
# public page, and where to send purges when pages change (unset: nothing to purge).
FRONT_CACHE_SECONDS = env.int("FRONT_CACHE_SECONDS", default=3600)
BROWSER_CACHE_SECONDS = env.int("BROWSER_CACHE_SECONDS", default=60)
FRONT_CACHE_URL = env("FRONT_CACHE_URL", default="")
FRONT_CACHE_TIMEOUT = env.float("FRONT_CACHE_TIMEOUT", default=5.0)  # seconds per PURGE
WAGTAILFRONTENDCACHE = ({"varnish": {"BACKEND": "portal.frontcache.VarnishBackend",
                                     "LOCATION": FRONT_CACHE_URL}} if FRONT_CACHE_URL else {})
WAGTAILFRONTENDCACHE_LANGUAGES = []  # Welsh slugs differ: translations are purged by page
# Proxies in front of the app that append to X-Forwarded-For (1 behind Varnish), so rate
# limits count the reader's address rather than the proxy's.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
# The worker (`manage.py run_worker`, docs/enquiries.md). A task RUNNING, or a notification's
# attempt, older than its lease belongs to a worker that died and is taken again; a lease must
# outlast the providers' timeouts. On SIGTERM the current task has WORKER_STOP_SECONDS to end.
TASK_LEASE_SECONDS = env.int("TASK_LEASE_SECONDS", default=900)
NOTIFICATION_LEASE_SECONDS = env.int("NOTIFICATION_LEASE_SECONDS", default=300)
WORKER_STOP_SECONDS = env.float("WORKER_STOP_SECONDS", default=10)
WORKER_SWEEP_SECONDS = env.float("WORKER_SWEEP_SECONDS", default=60)
# Finished task results are deleted by the sweep after these many days (portal/queue.py).
TASK_RESULT_DAYS = env.int("TASK_RESULT_DAYS", default=14)
FAILED_TASK_RESULT_DAYS = env.int("FAILED_TASK_RESULT_DAYS", default=90)
# /health/ says "degraded" past these: the oldest undelivered notification, tasks waiting.
HEALTH_NOTIFICATION_AGE_SECONDS = env.int("HEALTH_NOTIFICATION_AGE_SECONDS", default=900)
HEALTH_READY_TASKS = env.int("HEALTH_READY_TASKS", default=500)

WAGTAIL_SITE_NAME = "Adopt Cymru"
# Staff choose the admin's language from the portal's two (Wagtail ships its own Welsh).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILADMIN_BASE_URL = env("PORTAL_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Public search (portal/search, docs/search.md): Wagtail's database search always; an
# Elasticsearch-API engine (OpenSearch 2) as well when ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="adopt-cymru-dev")  # per environment
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=1.0)  # seconds before falling back
SEARCH_INDEX_TIMEOUT = env.float("SEARCH_INDEX_TIMEOUT", default=30.0)  # indexing, by tasks
SEARCH_HELP_URL_NAME = "enquiries:form"  # offered when a search finds nothing
SEARCH_SYNONYMS_DIR = env("SEARCH_SYNONYMS_DIR", default=str(PORTAL_DIR / "search/synonyms"))
WAGTAILEMBEDS_FINDERS = []  # embeds would call third parties; video blocks render as links
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Approving a workflow publishes even where the approver may not publish directly (campaigns).
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.publishing.publish_approved"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

# Staff sign-in: django-allauth with email and password, no sign-up, MFA required.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "portal.accounts.StaffAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"  # staff addresses are set by the administrator
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False  # no "sign up" emails to addresses that are not staff
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_TOTP_ISSUER = "Adopt Cymru"
PORTAL_REQUIRE_MFA = env.bool("PORTAL_REQUIRE_MFA", default=True)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/admin/"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth owns passwords
# Who sees a staff menu item (portal.staff_menu): the one access policy's may(user, permission).
STAFF_ACCESS_POLICY = "enquiries.access.may"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"  # a 403 in the reader's language
# The largest form body (files aside) the portal reads; a larger one gets the 413 page. Varnish
# refuses bodies larger than its own limit before they arrive (docs/errors.md).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("FORM_BODY_LIMIT", default=2_621_440)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # Wagtail logs every page edit and publish at INFO; the audit log keeps them anyway.
    "loggers": {"wagtail": {"level": env("WAGTAIL_LOG_LEVEL", default="WARNING")}},
}

PORTAL_PRIVACY_NOTICE_VERSION = "2026-11"

# Enquiries and notifications
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Adopt Cymru <noreply@adopt.example.org>")
NATIONAL_ENQUIRIES_EMAIL = env("NATIONAL_ENQUIRIES_EMAIL", default="enquiries@adopt.example.org")
NOTIFICATION_RETRY_DELAYS = [60, 300, 1800, 7200]  # seconds before the 2nd..5th attempts
# Seconds an SMTP connection may wait for the server (Django's default is to wait for ever);
# a timeout is a failed attempt, retried like any other.
EMAIL_TIMEOUT = env.float("EMAIL_TIMEOUT", default=20.0)
SMS_BACKEND = env("SMS_BACKEND", default="console")  # "twilio" in production
TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID", default="")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN", default="")
TWILIO_SMS_FROM = env("TWILIO_SMS_FROM", default="")
TWILIO_API_BASE = env("TWILIO_API_BASE", default="")
TWILIO_TIMEOUT = env.float("TWILIO_TIMEOUT", default=10.0)  # seconds per REST API call
# Set when a Twilio webhook rule signs with a shared key instead of the auth token.
TWILIO_WEBHOOK_SHARED_KEY = env("TWILIO_WEBHOOK_SHARED_KEY", default="")
# <Say> voices by language, merged over helpline.voice.twiml.DEFAULT_VOICES,
# e.g. {"en": "Polly.Brian-Neural"}; "" leaves that language to the console's default voice.
HELPLINE_VOICES = env.json("HELPLINE_VOICES", default={})
# (requests, seconds) per client IP and per email address
ENQUIRY_RATE_LIMITS = {
    "ip": (env.int("ENQUIRY_RATE_LIMIT_IP", default=20), 3600),
    "email": (env.int("ENQUIRY_RATE_LIMIT_EMAIL", default=3), 3600),
}
# Where the privacy notice lives in each language (a CMS page; its version is stored with
# each enquiry as PORTAL_PRIVACY_NOTICE_VERSION).
PORTAL_PRIVACY_URLS = {"en": "/en/privacy-notice/", "cy": "/cy/hysbysiad-preifatrwydd/"}

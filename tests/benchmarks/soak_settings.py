"""Settings for the soak benchmark's processes (tests/benchmarks/soak.py): the test settings, with
mail over SMTP to the benchmark's flapping server on loopback (SOAK_SMTP_PORT), a short SMTP
timeout and short retry delays, so that an outage of tens of seconds is ridden out in the run."""

import os

from portal.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["SOAK_SMTP_PORT"])
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "2"))
NOTIFICATION_RETRY_DELAYS = [int(s) for s in
                             os.environ.get("SOAK_RETRY_DELAYS", "3,10,30,60").split(",")]

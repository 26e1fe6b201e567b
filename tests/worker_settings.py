"""Settings for a task worker run by a test as a real process: the test settings, with mail
going over SMTP to a server of the test's own on loopback (TEST_SMTP_PORT)."""

import os

from portal.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])

"""Shared look-ups for tests: one live page of each type in each language."""

from unittest import mock

from django.core.management import call_command
from wagtail.models import Locale

from campaigns import models as campaigns
from cms import models as cms

PAGE_TYPES = [
    cms.HomePage, cms.SectionIndexPage, cms.AdvicePage, cms.StoryIndexPage, cms.StoryPage,
    cms.EventIndexPage, cms.EventPage, cms.RegionPage, cms.StandardPage,
    campaigns.CampaignIndexPage, campaigns.CampaignPage,
]


def page_of_type(model, language):
    return model.objects.live().filter(locale=Locale.objects.get(language_code=language)).first()


def with_mfa(user):
    """Give a user a TOTP authenticator, as staff must have; returns its secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_totp_code(secret):
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(secret, counter))


def run_worker():
    """Run every task that is due, as `manage.py db_worker` does, inside the test's transaction.
    The worker closes connections between tasks, as a long-running process should; here that
    would close the test's own, so it is told not to."""
    from django_tasks_db.management.commands import db_worker

    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)

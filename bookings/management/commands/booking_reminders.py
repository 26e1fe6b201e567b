"""Cron, every 10 minutes: lapse unanswered offers (passing their places on) and plan the
reminders now due. Safe to run twice or at once on two machines."""

from django.core.management.base import BaseCommand

from bookings import places, reminders


class Command(BaseCommand):
    help = "Lapse unanswered waiting-list offers and plan event reminders that are due."

    def handle(self, *args, **options):
        lapsed = places.lapse_offers()
        planned = reminders.plan_due()
        self.stdout.write(f"offers lapsed: {lapsed}; reminders planned: {planned}")

"""`manage.py heal_queue`: sweep the task queue once (portal.queue), e.g. from cron when no
worker runs its own sweep."""

from django.core.management.base import BaseCommand

from portal import queue


class Command(BaseCommand):
    help = "Put back on the queue the tasks and notifications a dead worker left"

    def handle(self, **options):
        healed = queue.sweep()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in healed.items()))

from django.core.management.base import BaseCommand

from directory.demo_packs import attach_demo_packs


class Command(BaseCommand):
    help = "Give each region a demo information pack in English and Welsh. Safe to run again."

    def handle(self, *args, **options):
        self.stdout.write(f"Demo information packs: {attach_demo_packs()} made.")

from django.core.management.base import BaseCommand

from campaigns import demo


class Command(BaseCommand):
    help = "Add the bilingual demo campaign (after load_demo). Safe to run more than once."

    def handle(self, *args, **options):
        page = demo.build()
        self.stdout.write(f"Demo campaign live at {page.url} and /c/{page.code}/")

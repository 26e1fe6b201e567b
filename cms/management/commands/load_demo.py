from django.core.management.base import BaseCommand

from cms.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Build (or refresh) the bilingual demo site. Safe to run more than once."

    def handle(self, *args, **options):
        DemoBuilder(stdout=self.stdout).build()

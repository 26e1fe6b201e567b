from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from cms.demo.builder import DemoBuilder

REFERENCE_UPDATE = "wagtail.tasks.update_reference_index_task"


class Command(BaseCommand):
    help = "Build (or refresh) the bilingual demo site. Safe to run more than once."

    def handle(self, *args, **options):
        DemoBuilder(stdout=self.stdout).build()
        call_command("load_demo_packs", stdout=self.stdout)  # directory's, by name
        # A bulk load queues one reference-index and one search-index update per saved page;
        # full rebuilds are much quicker, so drop the queued ones and rebuild once.
        DBTaskResult.objects.filter(task_path=REFERENCE_UPDATE, status="READY").delete()
        call_command("rebuild_references_index", verbosity=0)
        call_command("rebuild_search_index", stdout=self.stdout)

from django.core.management import BaseCommand, call_command
from django_tasks_db.models import DBTaskResult

from portal.search import index
from portal.search.backends import engine

QUEUED_UPDATE = "modelsearch.tasks.insert_or_update_object_task"
QUEUED_SYNC = "portal.search.tasks.sync_pages"


class Command(BaseCommand):
    help = (
        "Rebuild public search: Wagtail's database index, and the engine index (a new index "
        "filled beside the live one, then an atomic alias swap) when ELASTICSEARCH_URL is set."
    )

    def add_arguments(self, parser):
        parser.add_argument("--engine-only", action="store_true", help="skip the database index")

    def handle(self, *args, engine_only=False, **options):
        if not engine_only:
            # Queued per-object updates are superseded by the full rebuild that follows.
            DBTaskResult.objects.filter(task_path=QUEUED_UPDATE, status="READY").delete()
            call_command("update_index", verbosity=0)
            self.stdout.write("database index rebuilt")
        if engine.enabled():
            DBTaskResult.objects.filter(task_path=QUEUED_SYNC, status="READY").delete()
            result = index.rebuild()
            self.stdout.write(
                f"engine: {result['indexed']} pages into {result['index']} "
                f"(alias {engine.alias()}; replaced {', '.join(result['replaced']) or 'nothing'})"
            )
        else:
            self.stdout.write("engine: not configured (ELASTICSEARCH_URL unset)")

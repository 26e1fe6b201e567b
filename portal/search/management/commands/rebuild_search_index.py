from django.core.management import BaseCommand, call_command

from portal.search import index
from portal.search.backends import engine


class Command(BaseCommand):
    help = (
        "Rebuild public search: Wagtail's database index, and the engine index (a new index "
        "filled beside the live one, then an atomic alias swap) when ELASTICSEARCH_URL is set."
    )

    def add_arguments(self, parser):
        parser.add_argument("--engine-only", action="store_true", help="skip the database index")

    def handle(self, *args, engine_only=False, **options):
        if not engine_only:
            call_command("update_index", verbosity=0)
            self.stdout.write("database index rebuilt")
        if engine.enabled():
            result = index.rebuild()
            self.stdout.write(
                f"engine: {result['indexed']} pages into {result['index']} "
                f"(alias {engine.alias()}; replaced {', '.join(result['replaced']) or 'nothing'})"
            )
        else:
            self.stdout.write("engine: not configured (ELASTICSEARCH_URL unset)")

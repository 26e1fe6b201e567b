from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "portal.search"
    label = "portal_search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.search import display, indexing

        indexing.connect()
        display.connect()

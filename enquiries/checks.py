"""A deploy check: every region and agency has an enquiries inbox, or new enquiries routed to
it would reach nobody. Runs with `manage.py check --deploy --database default`."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from directory.models import Agency, Region


@register(Tags.database, deploy=True)
def inboxes_are_set(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []
    try:
        blank = [*Region.objects.filter(email="").values_list("name_en", flat=True),
                 *Agency.objects.filter(email="").values_list("name_en", flat=True)]
    except DatabaseError:
        return []  # not migrated yet: the migrations check says so
    return [Error(f"{name} has no enquiries inbox address.",
                  hint="Set it under Settings > Regions or Agencies in the admin "
                       "(docs/deployment.md).", id="enquiries.E001") for name in blank]

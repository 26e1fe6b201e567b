"""Django's database cache, with an `incr` that holds when several processes count at once.

Without Redis (CACHE_URL) the default cache is a table in the database (migration portal/0001
creates it), shared by every app process, so rate limits hold with several workers. Django's
own `incr` reads and then writes, so two processes could both turn 5 into 6; here the row's
write lock is taken first, and the count is read and written under it."""

import base64
import pickle

from django.core.cache.backends import db
from django.db import connections, router, transaction
from django.utils import timezone

TABLE = "portal_cache"  # the LOCATION in settings; created by portal/migrations/0001


class DatabaseCache(db.DatabaseCache):
    def incr(self, key, delta=1, version=None):
        cache_key = self.make_and_validate_key(key, version=version)
        using = router.db_for_write(self.cache_model_class)
        connection = connections[using]
        table, column = connection.ops.quote_name(self._table), connection.ops.quote_name
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        with transaction.atomic(using=using), connection.cursor() as cursor:
            # A write first: it waits for any other writer of the row, then holds it.
            cursor.execute(f"UPDATE {table} SET {column('expires')} = {column('expires')} "
                           f"WHERE {column('cache_key')} = %s", [cache_key])
            cursor.execute(f"SELECT {column('value')} FROM {table} "
                           f"WHERE {column('cache_key')} = %s AND {column('expires')} >= %s",
                           [cache_key, now])
            row = cursor.fetchone()
            if row is None:
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(row[0].encode())) + delta
            stored = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET {column('value')} = %s "
                           f"WHERE {column('cache_key')} = %s", [stored, cache_key])
        return value

"""The register's change sequence: one counter row that every write to the register advances.

Cached read pages are keyed by it (core/pagecache.py), so a page cached before a change is never served after
it. It lives in the database, not in process memory, so that every worker and every machine behind the same
database sees the same value; core/sequence.py advances it for every INSERT, UPDATE or DELETE of a register
table, including bulk loads that bypass the change log.
"""

from django.db import connections, models, router

SEQUENCE_PK = 1


class ChangeSequence(models.Model):
    id = models.PositiveSmallIntegerField(primary_key=True, default=SEQUENCE_PK)
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "change sequence"

    def __str__(self):
        return f"change sequence {self.value}"

    @classmethod
    def current(cls, connection=None) -> int:
        """The sequence now (0 before the first write): one query on a one-row table.

        Written as SQL on a plain cursor: it is read on every signed-in request (core/auth.py), where compiling
        the ORM query would cost more than the read."""
        connection = connection or connections[router.db_for_read(cls)]
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {quote('value')} FROM {quote(cls._meta.db_table)} WHERE {quote('id')} = %s",
                           [SEQUENCE_PK])
            row = cursor.fetchone()
        return row[0] if row else 0

    @classmethod
    def value_subquery(cls):
        """The sequence as a subquery, to read it in the same query as the signed-in user (core/auth.py)."""
        return models.Subquery(cls.objects.filter(pk=SEQUENCE_PK).values("value")[:1])

"""The register's change sequence: one counter row that every write to the register advances.

Cached read pages are keyed by it (core/pagecache.py), so a page cached before a change is never served after
it. It lives in the database, not in process memory, so that every worker and every machine behind the same
database sees the same value; core/sequence.py advances it for every INSERT, UPDATE or DELETE of a register
table, including bulk loads that bypass the change log.
"""

from django.db import models

SEQUENCE_PK = 1


class ChangeSequence(models.Model):
    id = models.PositiveSmallIntegerField(primary_key=True, default=SEQUENCE_PK)
    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "change sequence"

    def __str__(self):
        return f"change sequence {self.value}"

    @classmethod
    def current(cls) -> int:
        """The sequence now (0 before the first write): one query on a one-row table."""
        return cls.objects.filter(pk=SEQUENCE_PK).values_list("value", flat=True).first() or 0

    @classmethod
    def value_subquery(cls):
        """The sequence as a subquery, to read it in the same query as the signed-in user (core/auth.py)."""
        return models.Subquery(cls.objects.filter(pk=SEQUENCE_PK).values("value")[:1])

"""Advance the change sequence (core.models.ChangeSequence) on every write to a register table.

Hooked at the SQL level (a connection execute wrapper) rather than on the change log, because some writes
bypass the log: bulk loads (`load-catalog`, `sync`, `import`: bulk_create / bulk_update / queryset.update),
the sync writer's own bulk insert of log rows, source bookkeeping. One rule in one place: any INSERT, UPDATE
or DELETE of a table not listed in IGNORED_TABLES advances the sequence.

Ordering is what makes it exact. Inside a transaction the counter is bumped *before* the write, in the same
transaction: readers see the new value only together with the new data, and every writing transaction takes
the counter's row lock first (a fixed lock order: no deadlock between two plain writers). A row lock taken with
SELECT … FOR UPDATE does not take the counter: the monitor's claim on a document (FOR UPDATE SKIP LOCKED) is held
while the page is fetched, and the counter held that long would stop every other writer. The register's locking
paths (version checks, accepting a fact, the monitor's claims) lock before they write, so none holds the counter
while it waits for a row; a new path that wrote first and then locked a row could deadlock. In autocommit the
write commits on its own, so the counter is bumped *after* it: a reader between the two may cache the new data
under the old value, which is harmless (newer, and superseded at once); the reverse would cache old data under
the new value for good.

The counter statement runs on a raw DB-API cursor: it is bookkeeping, not one of the page's queries, and it must
not disturb the Django cursor whose results (RETURNING ids, rowcount) the ORM is about to read.
"""

import re
from contextlib import contextmanager

from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate

TABLE = "core_changesequence"
# Tables whose writes change nothing a page shows: sessions, the counter itself, migrations bookkeeping,
# API tokens (every token request stamps last_used), webhook deliveries (their attempts), sign-in throttling records.
IGNORED_TABLES = {TABLE, "django_session", "django_migrations", "core_apitoken", "webhooks_webhookdelivery"}
IGNORED_PREFIXES = ("axes_",)
# 'INSERT OR IGNORE INTO' is SQLite's form of a many-to-many add (bulk_create with ignore_conflicts).
INSERT = r"INSERT\s+(?:OR\s+\w+\s+)?INTO"
WRITE_RE = re.compile(rf'^\s*(?:{INSERT}|UPDATE|DELETE\s+FROM)\s+["`]?(\w+)', re.IGNORECASE)
ADVANCE_SQL = (
    f'INSERT INTO "{TABLE}" ("id", "value") VALUES (1, 1) '
    f'ON CONFLICT ("id") DO UPDATE SET "value" = "{TABLE}"."value" + 1'
)


def writes_register(sql: str) -> bool:
    match = WRITE_RE.match(sql)
    if match is None:
        return False
    table = match.group(1).lower()
    return table not in IGNORED_TABLES and not table.startswith(IGNORED_PREFIXES)


def advance(connection) -> None:
    """Bump the counter on `connection`, in its current transaction if there is one."""
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(ADVANCE_SQL)
    finally:
        cursor.close()


def advance_on_write(execute, sql, params, many, context):
    connection = context["connection"]
    if getattr(connection, "sequence_paused", False) or not isinstance(sql, str) or not writes_register(sql):
        return execute(sql, params, many, context)
    if connection.in_atomic_block:
        advance(connection)
        return execute(sql, params, many, context)
    result = execute(sql, params, many, context)
    advance(connection)
    return result


def _install(sender, connection, **kwargs):
    if advance_on_write not in connection.execute_wrappers:
        connection.execute_wrappers.append(advance_on_write)


def _pause(sender, using="default", **kwargs):
    # While migrating, the counter's table may not exist yet; the schema's change is counted once at the end.
    from django.db import connections

    connections[using].sequence_paused = True


def _resume(sender, using="default", **kwargs):
    from django.db import connections

    connection = connections[using]
    if getattr(connection, "sequence_paused", False) and TABLE in connection.introspection.table_names():
        advance(connection)
    connection.sequence_paused = False


@contextmanager
def paused(connection):
    """Writes not counted while migrations run outside `migrate` (a test walking the migration graph): the counter's
    table may not exist in the schema of the moment. Counted once at the end, as after `migrate`."""
    connection.sequence_paused = True
    try:
        yield
    finally:
        _resume(None, using=connection.alias)


def connect():
    connection_created.connect(_install, dispatch_uid="airegister.sequence.install")
    pre_migrate.connect(_pause, dispatch_uid="airegister.sequence.pause")
    post_migrate.connect(_resume, dispatch_uid="airegister.sequence.resume")

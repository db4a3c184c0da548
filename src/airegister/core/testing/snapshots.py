"""Data fixtures built once per test process and restored in each test: the rows a loader wrote, inserted again.

Loading the built-in catalog takes seconds (hundreds of files parsed, validated, logged); some 200 tests start
from it, and loading it for each was most of the suite's time. The first test of a process that asks for a
snapshot runs the loader, reads back every row it added (in the order the tables were first written, so that
foreign keys point backwards even in autocommit) and rolls it back; every test then gets the same rows inserted
with plain INSERTs, the raw column values as the database returned them.

A snapshot is exact or not used: when the loader updated or deleted a row that was there before it ran, or added
rows with a statement other than an INSERT, the loader simply runs in every test. A snapshot is restored only on the
state it was taken on (the rows of the tables the loader writes); content types are matched by their natural key
(a transactional test's flush recreates them under new ids).
"""

import contextlib
import re
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connections, transaction

from ..sequence import INSERT
from ..sequence import TABLE as SEQUENCE_TABLE

INSERT_RE = re.compile(rf'^\s*{INSERT}\s+["`]?(\w+)', re.IGNORECASE)
NOT_CAPTURED = {SEQUENCE_TABLE, "django_migrations", "django_session"}


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[tuple]
    content_type_columns: list[int] = field(default_factory=list)  # indexes of columns holding a content type id
    # A table no row of the snapshot points at (the change log): its rows are appended under new keys, so rows
    # written before the restore (a test's users are logged) don't collide with them.
    append: bool = False


@dataclass
class Snapshot:
    result: object
    tables: list[Table] | None  # None: not exact, run the loader each time
    content_types: dict[int, tuple[str, str]] = field(default_factory=dict)
    # The state it was taken on: (rows, highest key) of each table the loader wrote, but the appended ones.
    # Restored only on the same state: a test that wrote such rows first gets the loader itself. Other tables
    # (users, tokens) don't feed the loaders.
    start: dict[str, tuple] = field(default_factory=dict)


_snapshots: dict[tuple[str, str], list[Snapshot]] = {}
# A few starting states per loader are worth a snapshot each (the catalog on an empty register, on one where a
# test made a vendor first, …); beyond that the loader runs.
SNAPSHOTS_PER_KEY = 3


def _models_by_table() -> dict:
    return {m._meta.db_table: m for m in apps.get_models(include_auto_created=True)}


def _columns(model) -> list[str]:
    return [f.column for f in model._meta.concrete_fields]


def _read_all(connection, models, tables) -> dict[str, dict]:
    """Every row of `tables` by primary key, as the database returns the model's columns."""
    contents = {}
    with connection.cursor() as cursor:
        for table in tables:
            model = models[table]
            names = _columns(model)
            pk_index = names.index(model._meta.pk.column)
            columns = ", ".join(connection.ops.quote_name(c) for c in names)
            order_by = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f'SELECT {columns} FROM "{table}" ORDER BY {order_by}')
            contents[table] = {row[pk_index]: tuple(row) for row in cursor.fetchall()}
    return contents


def _fingerprint(connection, models, tables) -> dict[str, tuple]:
    if not tables:
        return {}
    parts = [
        f"SELECT '{t}', COUNT(*), MAX({connection.ops.quote_name(models[t]._meta.pk.column)}) FROM \"{t}\""
        for t in tables
    ]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts))  # table names are Django's own identifiers, not input
        return {table: (count, highest) for table, count, highest in cursor.fetchall()}


@contextlib.contextmanager
def _tables_written(connection):
    order: list[str] = []

    def record(execute, sql, params, many, context):
        match = INSERT_RE.match(sql) if isinstance(sql, str) else None
        if match and match.group(1) not in order:
            order.append(match.group(1))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield order


def _take(build, connection) -> Snapshot:
    models = _models_by_table()
    tables = [t for t in connection.introspection.table_names() if t in models and t not in NOT_CAPTURED]
    with transaction.atomic(using=connection.alias):
        before = _read_all(connection, models, tables)
        with _tables_written(connection) as order:
            result = build()
        after = _read_all(connection, models, tables)
        content_types = {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.using(connection.alias)}
        transaction.set_rollback(True, using=connection.alias)
    if any(pk not in after[t] or after[t][pk] != row for t in tables for pk, row in before[t].items()):
        return Snapshot(result, None)  # a row that was there before changed or went: not a pure addition
    # Models a row the loader wrote may point at (many-to-many tables' keys included): those keep their keys.
    # Rows that were there before can't point at the loader's rows; so the others (the change log, whatever
    # else refers to it) can take new keys.
    referenced = {f.related_model for t in order if t in models for f in models[t]._meta.concrete_fields
                  if f.is_relation}
    captured = []
    for name in order:
        if name in before:
            model = models[name]
            rows = [row for pk, row in after[name].items() if pk not in before[name]]
            ct_columns = [i for i, f in enumerate(model._meta.concrete_fields) if f.related_model is ContentType]
            append = model not in referenced and model._meta.pk.get_internal_type().endswith("AutoField")
            captured.append(Table(name, _columns(model), rows, ct_columns, append))
    if any(t not in order and after[t].keys() != before[t].keys() for t in tables):
        return Snapshot(result, None)  # rows added without an INSERT this process saw: don't guess their order
    start = {t.name: (len(before[t.name]), max(before[t.name], default=None)) for t in captured if not t.append}
    return Snapshot(result, captured, content_types, start)


def _restore(snapshot: Snapshot, connection, models) -> None:
    by_natural_key = {(ct.app_label, ct.model): ct.pk for ct in ContentType.objects.using(connection.alias)}
    touched = []
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        for table in snapshot.tables:
            rows = table.rows
            if table.content_type_columns:
                rows = [_with_content_types(row, table, snapshot, by_natural_key) for row in rows]
            names = table.columns
            if table.append:  # the key column left out: the database numbers the rows
                key = table.columns.index(models[table.name]._meta.pk.column)
                names = names[:key] + names[key + 1 :]
                rows = [row[:key] + row[key + 1 :] for row in rows]
            columns = ", ".join(connection.ops.quote_name(c) for c in names)
            marks = ", ".join(["%s"] * len(names))
            cursor.executemany(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', rows)
            touched.append(models[table.name])
        for sql in connection.ops.sequence_reset_sql(no_style(), touched):
            cursor.execute(sql)


def _with_content_types(row, table: Table, snapshot: Snapshot, by_natural_key) -> tuple:
    row = list(row)
    for index in table.content_type_columns:
        if row[index] is not None:
            row[index] = by_natural_key[snapshot.content_types[row[index]]]
    return tuple(row)


def restore_or_build(key: str, build, using: str = "default"):
    """The rows `build()` writes, restored from this process's snapshot (taken on first use); its result.

    `key` names the starting state as well as the loader: a snapshot is only valid on top of the same rows it was
    taken on (the fixtures it depends on, restored the same way)."""
    connection = connections[using]
    taken = _snapshots.setdefault((key, connection.vendor), [])
    models = _models_by_table()
    snapshot = next((s for s in taken if s.tables and _fingerprint(connection, models, list(s.start)) == s.start), None)
    if snapshot is None and len(taken) < SNAPSHOTS_PER_KEY:
        taken.append(snapshot := _take(build, connection))
    if snapshot is None or snapshot.tables is None:
        return build()
    _restore(snapshot, connection, models)
    return snapshot.result

"""Export the register to files and import it into an empty database (docs/export-import.md).

Layout: `DIR/export.yaml` (format, what was exported, how many records of each type) and one file per
record, `DIR/<app>/<type>/<slug or id>.yaml`; the files of evidence beside their records (`…/files/`). The same data as
one JSON document with `--format json`. An export, imported into an empty database and exported again,
gives the same bytes: ids are kept, keys are written in the models' field order, JSON keys sorted.
"""

import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import yaml
from django.core.files import File
from django.core.management.color import no_style
from django.db import DatabaseError, IntegrityError, connection, models, transaction

from . import records
from .records import Problem

FORMAT = "airegister-export"
VERSION = 1
MANIFEST = "export.yaml"
JSON_NAME = "register.json"
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ExchangeError(Exception):
    """The export or import cannot be done; `problems` lists every reason, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _dump_yaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


def progress_printer(stream=None) -> Callable[[int, int], None]:
    """Progress on a terminal ("records 1200/5000"), nothing when stderr is a file or a pipe."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return lambda done, total: None

    def show(done, total):
        if done == total or done % 200 == 0:
            stream.write(f"\r{done}/{total} records" + ("\n" if done == total else ""))
            stream.flush()

    return show


# ---------------------------------------------------------------------------------------------------- export


def collect(catalog_only: bool = False, progress=None) -> tuple[dict, list[tuple]]:
    """Every record as data: {label: [record, …]}, and the evidence files to copy (model, record, field).

    Read in one transaction, so an edit made while the export runs is either wholly in it or not at all.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            # READ COMMITTED would give each query its own snapshot; SQLite's read transaction is one already.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _collect(catalog_only, progress)


def _collect(catalog_only: bool, progress) -> tuple[dict, list[tuple]]:
    progress = progress or (lambda done, total: None)
    chosen = records.exported_models(catalog_only)
    keys = {}
    for model in chosen:
        name = records.key_field(model)
        if name:
            keys[model] = dict(model._base_manager.values_list("pk", name))
    total = sum(model._base_manager.count() for model in chosen)
    data, files, done = {}, [], 0
    for model in chosen:
        fields = records.written_fields(model, catalog_only)
        m2m = records.m2m_fields(model, catalog_only)
        rows = []
        for obj in model._base_manager.order_by("pk").prefetch_related(*(f.name for f in m2m)):
            row = {}
            for field in fields:
                value = getattr(obj, field.attname) if field.is_relation else field.value_from_object(obj)
                row[field.name] = records.encode(field, value, keys)
                if isinstance(field, models.FileField) and value:
                    files.append((model, obj, field))
            for field in m2m:
                related = field.related_model
                row[field.name] = sorted(
                    (records.reference_name(related, o.pk, keys) for o in getattr(obj, field.name).all()), key=str
                )
            rows.append(row)
            done += 1
            progress(done, total)
        data[model._meta.label_lower] = rows
    return data, files


def manifest(data: dict, catalog_only: bool) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "catalog_only": catalog_only,
        "records": {label: len(rows) for label, rows in data.items()},
    }


def file_stem(model, row: dict) -> str:
    name = records.key_field(model)
    return str(row[name]) if name else str(row["id"])


def files_folder(root: Path, model) -> Path:
    """Where the files of a type's records go: a folder of their own, so no file is ever read as a record."""
    return root / records.folder(model) / "files"


def export_yaml(target: Path, catalog_only: bool = False, progress=None) -> dict:
    """Write the register under `target` (which must be empty or absent); returns the manifest."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExchangeError([f"{target}: not an empty directory (an export never mixes with other files)"])
    data, files = collect(catalog_only, progress)
    by_label = {m._meta.label_lower: m for m in records.exported_models(catalog_only)}
    target.mkdir(parents=True, exist_ok=True)
    for label, rows in data.items():
        model = by_label[label]
        folder = target / records.folder(model)
        if rows:
            folder.mkdir(parents=True, exist_ok=True)
        for row in rows:
            (folder / f"{file_stem(model, row)}.yaml").write_text(_dump_yaml(row), encoding="utf-8")
    for model, obj, field in files:
        stored = getattr(obj, field.name)
        if not stored.storage.exists(stored.name):
            continue
        beside = files_folder(target, model) / f"{obj.pk}.{field.name}{Path(stored.name).suffix}"
        beside.parent.mkdir(exist_ok=True)
        with stored.storage.open(stored.name, "rb") as src, open(beside, "wb") as dst:
            shutil.copyfileobj(src, dst)
    info = manifest(data, catalog_only)
    (target / MANIFEST).write_text(_dump_yaml(info), encoding="utf-8")
    return info


def export_json(catalog_only: bool = False, progress=None) -> str:
    data, _files = collect(catalog_only, progress)
    document = {**manifest(data, catalog_only), "data": data}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------------- import


def read_directory(source: Path) -> tuple[dict, dict, list[str]]:
    """The records of an export directory or JSON document: ({label: [(file, row)]}, {label: folder}, problems)."""
    problems: list[str] = []
    if source.is_file() or (source / JSON_NAME).is_file():
        path = source if source.is_file() else source / JSON_NAME
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return {}, {}, [f"{path.name}: not a JSON document ({exc})"]
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            return {}, {}, [f"{path.name}: format: not an {FORMAT} document"]
        data = document.get("data")
        if not isinstance(data, dict) or not all(isinstance(rows, list) for rows in data.values()):
            return {}, {}, [f"{path.name}: data: not a mapping of record types to lists of records"]
        found = {label: [(f"{label}[{i}]", row) for i, row in enumerate(rows)] for label, rows in data.items()}
        problems = [f"{name}: not a mapping of fields" for rows in found.values() for name, row in rows
                    if not isinstance(row, dict)]
        return found, {}, problems
    if not (source / MANIFEST).is_file():
        return {}, {}, [f"{source}: no {MANIFEST} here: not an airegister export"]
    problems += check_manifest(source / MANIFEST)
    found, folders = {}, {}
    known = {records.folder(model) for model in records.exported_models()}
    for folder in sorted(p for p in source.glob("*/*") if p.is_dir()):
        name = f"{folder.parent.name}/{folder.name}"
        if name not in known:
            problems.append(f"{name}: unknown record type")
    for model in records.exported_models():
        folder = source / records.folder(model)
        if not folder.is_dir():
            continue
        folders[model._meta.label_lower] = folder
        entries = []
        for path in sorted(folder.glob("*.yaml")):
            name = f"{records.folder(model)}/{path.name}"
            try:
                row = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
                problems.append(f"{name}: not readable YAML ({' '.join(str(exc).split())[:160]})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{name}: not a mapping of fields")
                continue
            entries.append((name, row))
        found[model._meta.label_lower] = entries
    return found, folders, problems


def check_manifest(path: Path) -> list[str]:
    try:
        info = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return [f"{MANIFEST}: not readable YAML"]
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        return [f"{MANIFEST}: format: not an {FORMAT}"]
    if info.get("version") != VERSION:
        return [f"{MANIFEST}: version: {info.get('version')!r} is not one this release reads ({VERSION})"]
    return []


def build(found: dict, problems: list[str]) -> list[tuple[type[models.Model], list]]:
    """Model instances from the rows, checked field by field; every problem is added to `problems`."""
    chosen = records.exported_models()
    ids: dict = {}
    for model in chosen:
        key = records.key_field(model) or "id"
        rows = found.get(model._meta.label_lower, [])
        ids[model] = {row[key]: row.get("id") for _n, row in rows if isinstance(row.get(key), (str, int))}
    known = {m._meta.label_lower for m in chosen}
    problems.extend(f"{label}: unknown record type" for label in found if label not in known)
    built = []
    for model in chosen:
        fields = {f.name: f for f in model._meta.concrete_fields}
        m2m = {f.name: f for f in records.m2m_fields(model, catalog_only=False)}
        instances, links, seen = [], [], set()
        for name, row in found.get(model._meta.label_lower, []):
            values = {}
            for key, value in row.items():
                field = fields.get(key)
                if field is None and key not in m2m:
                    problems.append(f"{name}: {key}: unknown field")
                    continue
                try:
                    if field is not None:
                        values[field.attname] = records.decode(field, value, ids)
                    else:
                        if not isinstance(value, list):
                            raise Problem("expected a list")
                        targets = [records.decode_reference(m2m[key].related_model, v, ids) for v in value]
                        links.append((m2m[key], row.get("id"), targets))
                except Problem as exc:
                    problems.append(f"{name}: {key}: {exc}")
            if not isinstance(row.get("id"), int):
                problems.append(f"{name}: id: missing or not a whole number")
                continue
            if row["id"] in seen:
                problems.append(f"{name}: id: {row['id']} is used by another record of this type")
            seen.add(row["id"])
            instances.append(model(**values))
        built.append((model, instances, links))
    return built


def holding_records() -> list[str]:
    """The record types that already hold records (an import only goes into an empty register)."""
    return [
        model._meta.label
        for model in records.exported_models()
        if model._meta.label not in records.SEEDED_BY_MIGRATIONS and model._base_manager.exists()
    ]


def import_register(source: Path, progress=None) -> dict:
    """Load an export into the empty database in one transaction; returns {label: count}."""
    progress = progress or (lambda done, total: None)
    if not source.exists():
        raise ExchangeError([f"{source}: no such file or directory"])
    holding = holding_records()
    if holding:
        raise ExchangeError(
            [f"the database is not empty ({', '.join(holding[:3])}…): import only into a new, migrated database"]
        )
    found, folders, problems = read_directory(source)
    built = build(found, problems) if not problems else []
    if problems:
        raise ExchangeError(problems)
    total = sum(len(instances) for _m, instances, _l in built)
    done = 0
    try:
        with transaction.atomic():
            for model, _i, _l in built:
                if model._meta.label in records.SEEDED_BY_MIGRATIONS and model._meta.label_lower in found:
                    # Plain SQL: a queryset delete would log the removal of rows the export holds anyway.
                    with connection.cursor() as cursor:
                        cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
            for model, instances, links in built:
                model._base_manager.bulk_create(instances, batch_size=500)
                for field, pk, targets in links:
                    through = field.remote_field.through
                    source_col, target_col = field.m2m_column_name(), field.m2m_reverse_name()
                    through.objects.bulk_create([through(**{source_col: pk, target_col: t}) for t in targets])
                done += len(instances)
                progress(done, total)
            restore_files(built, folders)
            reset_sequences([m for m, _i, _l in built])
    except (IntegrityError, DatabaseError) as exc:
        raise ExchangeError([f"the database refused the records: {' '.join(str(exc).split())[:300]}"]) from None
    return {model._meta.label: len(instances) for model, instances, _l in built if instances}


def restore_files(built, folders: dict) -> None:
    """Put the files saved beside their records (evidence) back into their storage, under their names."""
    for model, instances, _links in built:
        folder = folders.get(model._meta.label_lower)
        file_fields = [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        if not folder or not file_fields:
            continue
        for obj in instances:
            for field in file_fields:
                stored = getattr(obj, field.name)
                beside = folder / "files" / f"{obj.pk}.{field.name}{Path(stored.name).suffix}"
                if stored.name and beside.is_file() and not stored.storage.exists(stored.name):
                    with open(beside, "rb") as fh:
                        stored.storage.save(stored.name, File(fh))


def reset_sequences(chosen) -> None:
    """Ids were given explicitly: move PostgreSQL's sequences past them, so the next new record gets a free id."""
    statements = connection.ops.sequence_reset_sql(no_style(), chosen)
    through = [f.remote_field.through for m in chosen for f in m._meta.many_to_many]
    statements += connection.ops.sequence_reset_sql(no_style(), through)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)

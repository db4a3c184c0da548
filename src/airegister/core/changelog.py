"""Change-log entries as people read them: field labels instead of column names, related records by name.

The log stores foreign keys as ids (cheap, exact); a page resolves the ids of all the changes it shows
with one query per related model, never one per row.
"""

from collections import defaultdict

from django.core.exceptions import FieldDoesNotExist
from django.db import models

EMPTY_VALUES = (None, "", [], {})


def _field(model_cls, name):
    if model_cls is None:
        return None
    try:
        return model_cls._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _rows(change):
    rows = change.diff()
    if change.action != "update":  # a create or delete: only the fields that held a value
        rows = [r for r in rows if r["before"] not in EMPTY_VALUES or r["after"] not in EMPTY_VALUES]
    return rows


def label_changes(changes) -> list:
    """Attach `readable_diff` (rows of label/before/after) to each change; returns the changes."""
    changes = list(changes)
    wanted: dict[type, set] = defaultdict(set)
    pending = []
    for change in changes:
        model_cls = change.changed_object_type.model_class() if change.changed_object_type_id else None
        for row in _rows(change):
            field = _field(model_cls, row["field"])
            related = field.related_model if isinstance(field, models.ForeignKey | models.ManyToManyField) else None
            if related is not None:
                for value in (row["before"], row["after"]):
                    ids = value if isinstance(value, list) else [value]
                    wanted[related].update(v for v in ids if isinstance(v, int))
            pending.append((change, row, field, related))
    names = {
        related: {obj.pk: str(obj) for obj in related._base_manager.filter(pk__in=ids)}
        for related, ids in wanted.items()
    }
    for change in changes:
        change.readable_diff = []
    for change, row, field, related in pending:
        has_label = field is not None and hasattr(field, "verbose_name")
        label = str(field.verbose_name).capitalize() if has_label else row["field"]

        def show(value, related=related):
            if related is None or value in EMPTY_VALUES:
                return value
            if isinstance(value, list):
                return [names[related].get(v, f"#{v} (deleted)") for v in value]
            return names[related].get(value, f"#{value} (deleted)")

        change.readable_diff.append({"field": label, "before": show(row["before"]), "after": show(row["after"])})
    return changes

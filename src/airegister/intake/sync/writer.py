"""Bulk writes for a feed sync, each created or changed record still logged in the register's one change log.

A sync touches thousands of records; saving them one by one (two queries and a change-log row each, through the
signals of `core/signals.py`) takes minutes on SQLite. `Writer` collects the records to create and the records
whose fields changed, writes them with `bulk_create` / `bulk_update` in a few statements per model, and writes
their `ObjectChange` rows the way `core.signals.record_change` would (same data, same context, same parent), in
bulk too. A record whose fields did not change is neither written nor logged.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from airegister.core.choices import ChangeActionChoices
from airegister.core.context import current_change_context
from airegister.core.events import changes_logged
from airegister.core.models import ObjectChange
from airegister.core.models.change_logging import UNLOGGED_FIELDS
from airegister.core.models.features import to_json_value


def serialize(obj, m2m: dict[str, list] | None = None) -> dict:
    """What `ChangeLoggingMixin.serialize_object` returns, without a query per many-to-many field: the
    caller passes their ids (`m2m`), known from the sync's own bookkeeping."""
    data = {}
    for field in obj._meta.concrete_fields:
        if field.name in UNLOGGED_FIELDS or field.primary_key:
            continue
        data[field.name] = to_json_value(field.value_from_object(obj))
    for field in obj._meta.many_to_many:
        data[field.name] = sorted((m2m or {}).get(field.name, []))
    return data


class Writer:
    def __init__(self):
        self.creates: dict[type, list] = defaultdict(list)
        self.updates: dict[type, dict[int, tuple[object, dict, set]]] = defaultdict(dict)
        self.logs: list[ObjectChange] = []
        self.m2m: dict[tuple[type, int], dict] = {}

    # --- collecting ------------------------------------------------------------------------------------------

    def create(self, obj):
        self.creates[type(obj)].append(obj)
        return obj

    def before(self, obj) -> None:
        """Remember the record as stored, before the sync edits it in memory (once per record)."""
        if obj.pk is None:
            return
        bucket = self.updates[type(obj)]
        if obj.pk not in bucket:
            bucket[obj.pk] = (obj, serialize(obj, self.m2m.get((type(obj), obj.pk))), set())

    def set(self, obj, field: str, value) -> bool:
        """Set a field; True when it changed (the record is then written and logged)."""
        if getattr(obj, field) == value:
            return False
        self.before(obj)
        setattr(obj, field, value)
        if obj.pk is not None:
            self.updates[type(obj)][obj.pk][2].add(field)
        return True

    # --- writing ---------------------------------------------------------------------------------------------

    def flush_creates(self, model_class) -> list:
        """Create the collected records of one model (so that later ones can point at them) and log them."""
        objs = self.creates.pop(model_class, [])
        if not objs:
            return []
        now = timezone.now()
        for obj in objs:
            obj.created = obj.last_updated = now
            # A foreign key assigned as an object created in an earlier flush: take its id now.
            for field in obj._meta.concrete_fields:
                if isinstance(field, models.ForeignKey) and field.is_cached(obj):
                    related = field.get_cached_value(obj)
                    if related is not None:
                        setattr(obj, field.attname, related.pk)
        created = model_class.objects.bulk_create(objs, batch_size=500)
        for obj in created:
            self._log(obj, ChangeActionChoices.CREATE, None, serialize(obj, self.m2m.get((model_class, obj.pk))))
        return created

    def flush_updates(self, model_class) -> int:
        bucket = self.updates.pop(model_class, {})
        changed, fields = [], set()
        now = timezone.now()
        for obj, prechange, names in bucket.values():
            postchange = serialize(obj, self.m2m.get((model_class, obj.pk)))
            if postchange == prechange:
                continue
            obj.last_updated = now
            changed.append(obj)
            fields |= names
            self._log(obj, ChangeActionChoices.UPDATE, prechange, postchange)
        if changed:
            model_class.objects.bulk_update(changed, sorted(fields | {"last_updated"}), batch_size=500)
        return len(changed)

    def flush_logs(self) -> int:
        written = len(self.logs)
        ObjectChange.objects.bulk_create(self.logs, batch_size=500)
        changes_logged.send(sender=ObjectChange, changes=self.logs)
        self.logs = []
        return written

    def _log(self, obj, action, prechange, postchange):
        ctx = current_change_context()
        parent = obj.get_changelog_parent()
        self.logs.append(ObjectChange(
            user=ctx.user, user_name=ctx.user_name or "system", request_id=ctx.request_id, action=action,
            changed_object_type=ContentType.objects.get_for_model(obj), changed_object_id=obj.pk,
            related_object_type=ContentType.objects.get_for_model(parent) if parent is not None else None,
            related_object_id=parent.pk if parent is not None else None,
            object_repr=str(obj)[:200], message=ctx.message[:500],
            prechange_data=prechange, postchange_data=postchange,
        ))

    def delete(self, objs) -> int:
        """Delete records the feed no longer states (few: each deletion is logged by the signals)."""
        objs = list(objs)
        for obj in objs:
            obj.delete()
        return len(objs)

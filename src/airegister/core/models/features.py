"""Cross-cutting behaviour, written once and composed into every model (after NetBox's features.py).

- ChangeLoggingMixin: created / last_updated stamps, snapshots, one change-log row per change,
  optimistic concurrency (a stale edit is refused, never silently applied).
- CitedMixin: where a fact came from (source document, date, verbatim excerpt).
- PartialDateField: dates as vendors state them: "2025", "2025-05" or "2025-05-22".
"""

import datetime
import decimal
import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from ..context import current_change_context
from .change_logging import UNLOGGED_FIELDS

PARTIAL_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def validate_partial_date(value: str):
    if not value:
        return
    if not PARTIAL_DATE_RE.match(value):
        raise ValidationError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
    if len(value) == 10:
        try:
            datetime.date.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError(f"{value!r} is not a real calendar date.") from exc


class PartialDateField(models.CharField):
    """A date known to the year, the month or the day; sorts correctly as text."""

    default_validators = [RegexValidator(PARTIAL_DATE_RE), validate_partial_date]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 10)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        return name, "airegister.core.models.PartialDateField", args, kwargs


def to_json_value(value):
    if isinstance(value, FieldFile):
        return value.name or ""  # a stored file is logged by its name in storage
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


class ConcurrentEditError(Exception):
    """The record changed since the editor loaded it; their save would overwrite someone else's."""

    def __init__(self, obj):
        super().__init__(
            f"{obj._meta.verbose_name.capitalize()} “{obj}” was changed by someone else since you opened it. "
            "Reload it, then apply your edit again."
        )


class ChangeLoggingMixin(models.Model):
    created = models.DateTimeField(default=timezone.now, editable=False)
    last_updated = models.DateTimeField(default=timezone.now, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, expected_last_updated=None, **kwargs):
        ctx = current_change_context()
        if not (ctx.preserve_timestamps and self.last_updated):
            self.last_updated = timezone.now()
        if expected_last_updated is None or self._state.adding:
            return super().save(*args, **kwargs)
        # Optimistic concurrency: lock the row, and refuse if someone saved since the editor loaded it.
        with transaction.atomic():
            # No ordering: a Meta.ordering across a nullable relation would make an outer join,
            # which PostgreSQL cannot lock.
            current = (
                type(self)._base_manager.select_for_update()
                .filter(pk=self.pk)
                .order_by()
                .values_list("last_updated", flat=True)
                .first()
            )
            if current is not None and current != expected_last_updated:
                raise ConcurrentEditError(self)
            return super().save(*args, **kwargs)

    def serialize_object(self) -> dict:
        data = {}
        for field in self._meta.concrete_fields:
            if field.name in UNLOGGED_FIELDS or field.primary_key:
                continue
            data[field.name] = to_json_value(field.value_from_object(self))
        if self.pk:
            for field in self._meta.many_to_many:
                data[field.name] = sorted(getattr(self, field.name).values_list("pk", flat=True))
        return data

    def snapshot(self):
        """Remember the record as it is in the database now, before it is edited."""
        self._prechange_snapshot = self.serialize_object()

    def get_changelog_parent(self):
        """The record whose history this record's changes also belong to (override in facts)."""
        return None

class ChangeLoggedModel(ChangeLoggingMixin, models.Model):
    """Base class of every record of the register."""

    class Meta:
        abstract = True


class CitedMixin(models.Model):
    """Where a fact comes from. Empty is allowed (hand-entered); the place exists for every fact."""

    source = models.ForeignKey(
        "sources.SourceDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The document that states this fact.",
    )
    source_date = models.DateField(null=True, blank=True, help_text="When the source stated it.")
    source_excerpt = models.TextField(blank=True, help_text="The sentence of the source that states it, verbatim.")

    class Meta:
        abstract = True

    @property
    def is_cited(self) -> bool:
        return bool(self.source_id and self.source_excerpt)



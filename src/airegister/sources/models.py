"""Source documents, their immutable snapshots, the facts read from them, and what changed between snapshots.

A document is read (`airegister ingest`, `airegister monitor`) into a `Snapshot` only when its content hash
is new. The extractor's facts become `ProposedFact`s, each with its verbatim excerpt, for an editor to
accept into the catalog or reject. The field-level difference between two snapshots' facts is kept as
`FactChange` rows: the "What changed" pages.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from airegister.catalog.choices import FlagSeverityChoices
from airegister.core.models import ChangeLoggedModel, PartialDateField

from .choices import (
    ChangeKindChoices,
    DocumentTypeChoices,
    FactFieldChoices,
    ProposedFactStatusChoices,
    SourceStatusChoices,
)

URL_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def is_url(location: str) -> bool:
    return bool(URL_RE.match(location or ""))


class SourceDocument(ChangeLoggedModel):
    """A document the register's facts are taken from: a vendor page, a model card, a policy."""

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    url = models.URLField(max_length=500, blank=True)
    vendor = models.ForeignKey(
        "catalog.Vendor", on_delete=models.SET_NULL, null=True, blank=True, related_name="source_documents"
    )
    document_type = models.CharField(
        max_length=30, choices=DocumentTypeChoices.choices(), default=DocumentTypeChoices.OTHER
    )
    published = PartialDateField(help_text="Date the document states for itself (YYYY, YYYY-MM or YYYY-MM-DD).")
    description = models.TextField(blank=True)
    watch = models.CharField(
        max_length=1000,
        blank=True,
        help_text="Where `airegister monitor` re-reads the document: an http(s) URL, or a file on the server "
        "(set by `airegister ingest PATH`). Empty: the document's URL.",
    )
    check_interval = models.PositiveIntegerField(
        default=24, help_text="Hours between two checks by `airegister monitor` (0: at every run)."
    )
    # Bookkeeping of the monitor, written with queryset updates so that a check finding nothing new leaves
    # no trace in the change log.
    last_checked = models.DateTimeField(null=True, blank=True, editable=False)
    status = models.CharField(max_length=10, choices=SourceStatusChoices.choices(), blank=True, editable=False)
    status_detail = models.CharField(max_length=500, blank=True, editable=False)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sources:sourcedocument", args=[self.slug])

    @property
    def location(self) -> str:
        """What the monitor reads: the watched URL or file, else the document's URL."""
        return self.watch or self.url

    @property
    def watches_file(self) -> bool:
        return bool(self.watch) and not is_url(self.watch)

    def is_due(self, now=None) -> bool:
        if not self.location:
            return False
        if self.last_checked is None or self.check_interval == 0:
            return True
        now = now or timezone.now()
        return self.last_checked + datetime.timedelta(hours=self.check_interval) <= now

    def latest_snapshot(self):
        return self.snapshots.order_by("-number").first()


class SnapshotQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ImmutableSnapshotError("snapshots are immutable: record a new snapshot instead of updating one")


class ImmutableSnapshotError(Exception):
    pass


class Snapshot(models.Model):
    """The document's content as read once: immutable, numbered 1, 2, … per document."""

    document = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="snapshots")
    number = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    fetched_at = models.DateTimeField(default=timezone.now)
    location = models.CharField(max_length=1000, help_text="The URL (after redirects) or file it was read from.")
    content_type = models.CharField(max_length=100, blank=True)
    format = models.CharField(max_length=10, help_text="html, markdown, text or pdf, as the extractor read it.")
    size = models.PositiveBigIntegerField(help_text="Bytes read.")
    text = models.TextField(help_text="The document's text, as the extractor read it.")
    extraction = models.JSONField(default=dict, help_text="The extractor's output (the `extract` JSON).")

    objects = SnapshotQuerySet.as_manager()

    class Meta:
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="sources_snapshot_number")]

    def __str__(self):
        return f"{self.document} · snapshot {self.number}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ImmutableSnapshotError(f"{self} is immutable: record a new snapshot instead of changing it")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("sources:snapshot", args=[self.document.slug, self.number])


class ProposedFact(models.Model):
    """One fact a snapshot states about one model, with its excerpt, waiting for an editor's decision."""

    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="proposed_facts")
    model = models.ForeignKey(
        "catalog.AIModel", on_delete=models.SET_NULL, null=True, blank=True, related_name="proposed_facts",
        help_text="The register's model; empty while the document's model is not in the register.",
    )
    model_name = models.CharField(max_length=200, help_text="The model as the document names it.")
    field = models.CharField(max_length=30, choices=FactFieldChoices.choices())
    # Which fact of the field (an evaluation's name and condition); equal to `field` for single-valued fields.
    key = models.CharField(max_length=400)
    value = models.JSONField()
    excerpt = models.TextField(help_text="The document's own sentence stating the fact, verbatim.")
    status = models.CharField(
        max_length=12, choices=ProposedFactStatusChoices.choices(), default=ProposedFactStatusChoices.PROPOSED
    )
    created = models.DateTimeField(default=timezone.now, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=500, blank=True, help_text="What accepting it did, or why it was left.")

    class Meta:
        ordering = ["snapshot", "model_name", "pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(excerpt=""), name="sources_proposedfact_has_excerpt"),
        ]
        indexes = [models.Index(fields=["status", "model"])]

    def __str__(self):
        return f"{self.model_name}: {self.label} = {self.value_text}"

    def clean(self):
        errors = {}
        if not (self.excerpt or "").strip():
            errors["excerpt"] = "A fact needs the source's sentence that states it (an excerpt)."
        if self.snapshot_id is None:
            errors["snapshot"] = "A fact needs the snapshot of the document it was read from."
        if errors:
            raise ValidationError(errors)

    @property
    def label(self) -> str:
        if self.field == FactFieldChoices.EVALUATION and isinstance(self.value, dict):
            return evaluation_label(self.value)
        return FactFieldChoices.label(self.field)

    @property
    def value_text(self) -> str:
        return fact_value_text(self.field, self.value)

    @property
    def is_pending(self) -> bool:
        return self.status == ProposedFactStatusChoices.PROPOSED


class FactChange(models.Model):
    """One field-level difference between two snapshots of a document ("training data cutoff: 2025-03 → 2025-06"),
    or the document itself gone."""

    document = models.ForeignKey(SourceDocument, on_delete=models.PROTECT, related_name="fact_changes")
    from_snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    to_snapshot = models.ForeignKey(
        Snapshot, on_delete=models.PROTECT, null=True, blank=True, related_name="fact_changes"
    )
    model = models.ForeignKey(
        "catalog.AIModel", on_delete=models.SET_NULL, null=True, blank=True, related_name="fact_changes"
    )
    model_name = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=10, choices=ChangeKindChoices.choices())
    field = models.CharField(max_length=30, blank=True, help_text="Empty when the whole model or document changed.")
    label = models.CharField(max_length=400, help_text="What changed, in words.")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    excerpt = models.TextField(blank=True, help_text="The new snapshot's sentence for the new value.")
    severity = models.CharField(
        max_length=10, choices=FlagSeverityChoices.choices(), help_text="Materiality, as the flag it raises."
    )
    flag = models.ForeignKey(
        "catalog.ComplianceFlag", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    detected = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-detected", "model_name", "pk"]

    def __str__(self):
        return self.sentence

    @property
    def before_text(self) -> str:
        return fact_value_text(self.field, self.before) if self.before not in (None, "", []) else ""

    @property
    def after_text(self) -> str:
        return fact_value_text(self.field, self.after) if self.after not in (None, "", []) else ""

    @property
    def sentence(self) -> str:
        if self.kind == ChangeKindChoices.GONE:
            return f"{self.label} gone: {self.after_text}"
        return f"{self.label}: {self.before_text or 'not stated'} → {self.after_text or 'not stated'}"


def evaluation_label(value: dict) -> str:
    name = str(value.get("name") or "evaluation")
    condition = value.get("condition")
    return f"{name} ({condition})" if condition else name


def fact_value_text(field: str, value) -> str:
    """A fact's value as people read it: lists joined, an evaluation as "89 %" or "63 % ± 13 %"."""
    if value is None:
        return ""
    if field == FactFieldChoices.EVALUATION and isinstance(value, dict):
        unit = value.get("unit") or ""
        text = f"{_number(value.get('value'))}{unit}"
        if value.get("margin") is not None:
            text += f" ± {_number(value['margin'])}{unit}"
        return text
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        return f"{value:,}"
    return str(value)


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

"""The work on sources: the facts a snapshot proposes, and what changed between snapshots.

The extractor's facts become `ProposedFact`s, each with its verbatim excerpt, for an editor to accept into
the catalog or reject. The field-level difference between two snapshots' facts is kept as `FactChange` rows:
the "What changed" pages. Both tables keep the names they had when the sources app held them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from airegister.catalog.choices import FlagSeverityChoices
from airegister.sources.choices import ChangeKindChoices, FactFieldChoices, ProposedFactStatusChoices
from airegister.sources.models import Snapshot, SourceDocument

from .choices import FoundByChoices


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
    found_by = models.CharField(
        max_length=10, choices=FoundByChoices.choices(), default=FoundByChoices.OFFLINE,
        help_text="The offline reader, or only the optional LLM reader (its value checked by the grounding rules).",
    )
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
        db_table = "sources_proposedfact"
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
    def llm_only(self) -> bool:
        return self.found_by == FoundByChoices.LLM

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
        db_table = "sources_factchange"
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

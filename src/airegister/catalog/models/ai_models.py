from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel, CitedMixin, PartialDateField

from ..choices import ContinuityKindChoices, LifecycleStatusChoices, TierChoices
from .channels import Channel
from .vendors import Vendor


class AIModel(CitedMixin, ChangeLoggedModel):
    # Empty when no source names the maker (the seed names Fable 5 and Mythos 5 but not their vendor).
    vendor = models.ForeignKey(Vendor, on_delete=models.PROTECT, null=True, blank=True, related_name="models")
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    family = models.CharField(max_length=100, blank=True)
    version_label = models.CharField(max_length=30, blank=True, help_text='As the register shows it, e.g. "v3.7".')
    tier = models.CharField(max_length=20, choices=TierChoices.choices(), blank=True)
    release_date = PartialDateField()
    # Empty = not recorded: a status is a claim, and no source may have made it.
    lifecycle_status = models.CharField(max_length=20, choices=LifecycleStatusChoices.choices(), blank=True)
    announcement_date = models.DateField(null=True, blank=True, help_text="When the current status was announced.")
    deprecation_date = models.DateField(null=True, blank=True)
    retirement_date = models.DateField(null=True, blank=True)
    availability_summary = models.CharField(max_length=300, blank=True)
    capability_notes = models.TextField(blank=True)
    input_modalities = models.JSONField(default=list, blank=True)
    output_modalities = models.JSONField(default=list, blank=True)
    knowledge_cutoff = PartialDateField(help_text="Reliable knowledge cutoff.")
    training_data_cutoff = PartialDateField()
    context_window = models.PositiveIntegerField(null=True, blank=True, help_text="Tokens.")
    output_limit = models.PositiveIntegerField(null=True, blank=True, help_text="Most tokens in one response.")
    open_weights = models.BooleanField(
        null=True, blank=True, help_text="Weights published for download (empty: not recorded)."
    )
    capabilities = models.JSONField(default=list, blank=True, help_text='e.g. ["reasoning", "tool-calling"].')
    parameters = models.PositiveBigIntegerField(null=True, blank=True)
    license = models.CharField(max_length=100, blank=True)
    safety_level = models.CharField(max_length=30, blank=True, help_text="Deployment safety level, e.g. ASL-3.")
    enterprise_guidance = models.TextField(blank=True, help_text="Markdown; rendered sanitised.")
    aliases = models.JSONField(default=list, blank=True, help_text="Other names documents use for the model.")
    # Per-field citation of the model's own facts: {"release_date": "<the source's sentence>", …}, all from
    # `source`. (Facts held in their own records — terms, evaluations — carry their own excerpt.)
    evidence = models.JSONField(default=dict, blank=True, help_text="Field name → verbatim excerpt of the source.")
    # Where a field's excerpt was accepted from a source document's snapshot (`airegister ingest` / monitor):
    # {"training_data_cutoff": {"source": "<slug>", "title": "…", "date": "YYYY-MM-DD", "snapshot": 2}}. Facts
    # of one model may come from several documents; `source` names only one. Written by intake.accept.
    evidence_sources = models.JSONField(default=dict, blank=True, editable=False)
    # What a community feed states where it differs from the value the vendor's own source states: kept beside
    # it and shown, never merged into it. {"context_window": {"value": 200000, "source": "<slug>",
    # "locator": "models/anthropic/claude-3-7-sonnet.toml:12", "excerpt": "context = 200_000"}}.
    feed_facts = models.JSONField(default=dict, blank=True, editable=False)
    # Keys of this record in the catalog feeds, e.g. {"models-dev": "amazon-bedrock", "litellm": "bedrock"}: how a
    # sync finds the record again. A mapping, not a fact, so not cited.
    feed_keys = models.JSONField(default=dict, blank=True, help_text="Feed name → this record's key in that feed.")
    channels = models.ManyToManyField(Channel, through="ModelAvailability", related_name="models", blank=True)

    class Meta:
        ordering = ["vendor__name", "name"]
        verbose_name = "model"
        constraints = [models.UniqueConstraint(fields=["vendor", "name"], name="catalog_aimodel_vendor_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("profiles:model", args=[self.slug])

    def clean(self):
        super().clean()
        fact_fields = {f.name for f in self._meta.concrete_fields}
        if not isinstance(self.evidence, dict):
            raise ValidationError({"evidence": "Evidence must map field names to excerpts."})
        unknown = sorted(set(self.evidence) - fact_fields)
        if unknown:
            raise ValidationError({"evidence": f"Evidence for unknown field(s): {', '.join(unknown)}."})


class ModelAvailability(CitedMixin, ChangeLoggedModel):
    """The model is offered on this channel: the offer's own id, lifecycle, limits and prices there."""

    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, related_name="availabilities")
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, related_name="availabilities")
    note = models.CharField(max_length=300, blank=True)
    channel_model_id = models.CharField(
        max_length=200, blank=True, help_text="The channel's own id for the model, e.g. a Bedrock model id."
    )
    # Empty = not recorded; the offer's lifecycle may differ from the model's (one cloud retires it first).
    lifecycle_status = models.CharField(max_length=20, choices=LifecycleStatusChoices.choices(), blank=True)
    deprecation_date = models.DateField(null=True, blank=True)
    retirement_date = models.DateField(null=True, blank=True, help_text="When the channel stops serving it.")
    context_window = models.PositiveIntegerField(null=True, blank=True, help_text="Tokens, on this channel.")
    output_limit = models.PositiveIntegerField(null=True, blank=True, help_text="Tokens, on this channel.")
    input_price = models.DecimalField(
        max_digits=14, decimal_places=6, null=True, blank=True, help_text="USD per million input tokens."
    )
    output_price = models.DecimalField(
        max_digits=14, decimal_places=6, null=True, blank=True, help_text="USD per million output tokens."
    )
    # Per-field citations, as on AIModel: field → verbatim excerpt, and field → where it was read
    # ({"source": "<slug>", "locator": "<file>:<line> or key", "stated_by": "<vendor URL>", "date": …}).
    evidence = models.JSONField(default=dict, blank=True, help_text="Field name → verbatim excerpt of the source.")
    evidence_sources = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["channel__weight", "channel__name"]
        verbose_name_plural = "model availabilities"
        constraints = [models.UniqueConstraint(fields=["model", "channel"], name="catalog_availability_unique")]

    def __str__(self):
        return f"{self.model} via {self.channel}"

    def get_changelog_parent(self):
        return self.model


class ContinuityLink(CitedMixin, ChangeLoggedModel):
    """`to_model` is a successor or recommended continuity option for workflows on `from_model`."""

    from_model = models.ForeignKey(AIModel, on_delete=models.CASCADE, related_name="continuity_options")
    to_model = models.ForeignKey(AIModel, on_delete=models.CASCADE, related_name="continuity_for")
    kind = models.CharField(max_length=20, choices=ContinuityKindChoices.choices())
    rationale = models.TextField(blank=True)

    class Meta:
        ordering = ["from_model__name", "to_model__name"]
        constraints = [
            models.UniqueConstraint(fields=["from_model", "to_model"], name="catalog_continuity_unique"),
            models.CheckConstraint(
                condition=~models.Q(from_model=models.F("to_model")), name="catalog_continuity_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.to_model} for {self.from_model}"

    def get_changelog_parent(self):
        return self.to_model

"""Facts held by a vendor (inherited by its models) or by one model."""

from django.core.exceptions import ValidationError
from django.db import models

from airegister.core.models import ChangeLoggedModel, CitedMixin

from ..choices import FlagCategoryChoices, FlagSeverityChoices, FlagStatusChoices
from .ai_models import AIModel
from .vendors import Vendor


class VendorOrModelFact(CitedMixin, ChangeLoggedModel):
    """Vendor is always set; model set means the fact is the model's own, else every model inherits it."""

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="+")
    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, null=True, blank=True, related_name="+")

    class Meta:
        abstract = True

    def clean(self):
        if self.model_id and self.vendor_id and self.model.vendor_id != self.vendor_id:
            raise ValidationError({"model": "The model must belong to the vendor."})

    def save(self, *args, **kwargs):
        if self.model_id and not self.vendor_id:
            self.vendor_id = self.model.vendor_id
        super().save(*args, **kwargs)

    def get_changelog_parent(self):
        return self.model or self.vendor

    @classmethod
    def for_model(cls, model):
        """The model's own facts and those it inherits from its vendor, in one query."""
        inherited = models.Q(vendor_id=model.vendor_id, model__isnull=True) if model.vendor_id else models.Q(pk__in=[])
        return cls.objects.filter(models.Q(model=model) | inherited)


class UseRestriction(VendorOrModelFact):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="use_restrictions")
    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, null=True, blank=True, related_name="use_restrictions")
    text = models.CharField(max_length=500)
    weight = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["weight", "pk"]

    def __str__(self):
        return self.text


class SafetyDocument(VendorOrModelFact):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="safety_documents")
    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, null=True, blank=True, related_name="safety_documents")
    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    weight = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["weight", "title"]

    def __str__(self):
        return self.title


class SafetyEvaluation(CitedMixin, ChangeLoggedModel):
    """One published safety evaluation figure for one model ("89 % attack prevention, with safeguards")."""

    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, related_name="safety_evaluations")
    name = models.CharField(max_length=200)
    value = models.FloatField()
    unit = models.CharField(max_length=20, blank=True)
    margin = models.FloatField(null=True, blank=True, help_text="± this much, where stated.")
    condition = models.CharField(max_length=100, blank=True, help_text='E.g. "with safeguards".')

    class Meta:
        ordering = ["model", "name", "condition"]

    def __str__(self):
        return f"{self.model}: {self.name} {self.value:g}{self.unit} {self.condition}".strip()

    def get_changelog_parent(self):
        return self.model


class ComplianceFlag(VendorOrModelFact):
    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="compliance_flags")
    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, null=True, blank=True, related_name="compliance_flags")
    title = models.CharField(max_length=200)
    category = models.CharField(max_length=20, choices=FlagCategoryChoices.choices())
    severity = models.CharField(max_length=10, choices=FlagSeverityChoices.choices())
    status = models.CharField(max_length=10, choices=FlagStatusChoices.choices(), default=FlagStatusChoices.ACTIVE)
    opened = models.DateField()
    resolved = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["status", "-opened", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.status == FlagStatusChoices.RESOLVED and not self.resolved:
            raise ValidationError({"resolved": "A resolved flag needs its resolution date."})
        if self.resolved and self.opened and self.resolved < self.opened:
            raise ValidationError({"resolved": "Resolved before it was opened."})

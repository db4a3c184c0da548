from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel, CitedMixin

from ..choices import AttributeDetailChoices, AttributeHeadlineChoices, RetentionChoices, TermValueChoices
from .ai_models import AIModel
from .channels import Channel
from .vendors import Vendor


class DataAttribute(ChangeLoggedModel):
    """A data-handling question asked of every channel (default retention, HIPAA BAA, …).

    How its per-channel answers read in one line is data too (headline and detail), so that a new
    attribute needs a catalog file, not a template change.
    """

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=50, unique=True)
    description = models.TextField(blank=True)
    weight = models.PositiveSmallIntegerField(default=100)
    headline = models.CharField(
        max_length=20, choices=AttributeHeadlineChoices.choices(), default=AttributeHeadlineChoices.ANY_YES
    )
    detail = models.CharField(
        max_length=20, choices=AttributeDetailChoices.choices(), default=AttributeDetailChoices.STATEMENTS
    )
    yes_label = models.CharField(max_length=30, default="Yes")
    no_label = models.CharField(max_length=30, default="No")
    statement_separator = models.CharField(max_length=5, default="; ")

    class Meta:
        ordering = ["weight", "name"]

    def __str__(self):
        return self.name

    def value_label(self, value: str) -> str:
        if value == TermValueChoices.YES:
            return self.yes_label
        if value == TermValueChoices.NO:
            return self.no_label
        return TermValueChoices.label(value)


class DataTerm(CitedMixin, ChangeLoggedModel):
    """What happens to customer data, for one attribute on one channel.

    Held by a vendor (inherited by all its models) or by one model (overriding the vendor's term for
    the same channel and attribute). No channel means the term holds on every channel of the vendor.
    """

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="data_terms")
    model = models.ForeignKey(AIModel, on_delete=models.CASCADE, null=True, blank=True, related_name="data_terms")
    channel = models.ForeignKey(Channel, on_delete=models.PROTECT, null=True, blank=True, related_name="data_terms")
    attribute = models.ForeignKey(DataAttribute, on_delete=models.PROTECT, related_name="terms")
    value = models.CharField(max_length=20, choices=TermValueChoices.choices(), default=TermValueChoices.NOT_RECORDED)
    retention = models.CharField(max_length=20, choices=RetentionChoices.choices(), blank=True)
    retention_days = models.PositiveIntegerField(null=True, blank=True)
    regions = models.JSONField(default=list, blank=True, help_text='Region codes, e.g. ["US", "EU"].')
    statement = models.TextField(blank=True, help_text="The human sentence, as the register shows it.")

    class Meta:
        ordering = ["attribute__weight", "channel__weight", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["vendor", "channel", "attribute"],
                condition=models.Q(model__isnull=True, channel__isnull=False),
                name="catalog_term_vendor_channel",
            ),
            models.UniqueConstraint(
                fields=["vendor", "attribute"],
                condition=models.Q(model__isnull=True, channel__isnull=True),
                name="catalog_term_vendor_all_channels",
            ),
            models.UniqueConstraint(
                fields=["model", "channel", "attribute"],
                condition=models.Q(model__isnull=False, channel__isnull=False),
                name="catalog_term_model_channel",
            ),
            models.UniqueConstraint(
                fields=["model", "attribute"],
                condition=models.Q(model__isnull=False, channel__isnull=True),
                name="catalog_term_model_all_channels",
            ),
        ]

    def __str__(self):
        holder = self.model or self.vendor
        where = self.channel or "all channels"
        return f"{holder} · {where} · {self.attribute}"

    def clean(self):
        if self.model_id and self.vendor_id and self.model.vendor_id != self.vendor_id:
            raise ValidationError({"model": "The model must belong to the term's vendor."})
        if self.retention == RetentionChoices.DAYS and self.retention_days is None:
            raise ValidationError({"retention_days": "Give the number of days."})

    def save(self, *args, **kwargs):
        if self.model_id and not self.vendor_id:
            self.vendor_id = self.model.vendor_id
        super().save(*args, **kwargs)

    def get_changelog_parent(self):
        return self.model or self.vendor

    def get_absolute_url(self):
        return reverse("profiles:model", args=[self.model.slug]) if self.model_id else self.vendor.get_absolute_url()

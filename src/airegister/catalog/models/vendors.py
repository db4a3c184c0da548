from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel, CitedMixin

from ..choices import CommitmentKindChoices


class Vendor(ChangeLoggedModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    website = models.URLField(blank=True)
    trust_center_url = models.URLField(blank=True, verbose_name="trust centre URL")
    safety_page_url = models.URLField(blank=True, verbose_name="safety / transparency page URL")
    description = models.TextField(blank=True)
    is_third_party = models.BooleanField(
        default=True, help_text="Off for models your own organisation builds; controls may apply only to third parties."
    )
    # Keys of this record in the catalog feeds, e.g. {"models-dev": "amazon-bedrock", "litellm": "bedrock"}: how a
    # sync finds the record again. A mapping, not a fact, so not cited.
    feed_keys = models.JSONField(default=dict, blank=True, help_text="Feed name → this record's key in that feed.")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("catalog:vendor", args=[self.slug])


class Certification(CitedMixin, ChangeLoggedModel):
    """A compliance certification or attestation the vendor holds (SOC 2 Type II, ISO/IEC 27001, …)."""

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="certifications")
    name = models.CharField(max_length=100)
    scope = models.CharField(max_length=300, blank=True)
    issuer = models.CharField(max_length=100, blank=True)
    valid_until = models.DateField(null=True, blank=True)
    evidence_url = models.URLField(blank=True)

    class Meta:
        ordering = ["vendor", "name"]
        constraints = [models.UniqueConstraint(fields=["vendor", "name"], name="catalog_certification_unique")]

    def __str__(self):
        return f"{self.vendor}: {self.name}"

    def get_changelog_parent(self):
        return self.vendor


class SafetyCommitment(CitedMixin, ChangeLoggedModel):
    """A commitment the vendor has published (its scaling policy, a voluntary pledge, a statement on its
    transparency page), worded as a statement one can check, with the source that makes it and its excerpt.
    The Vendor Safety Commitment Verification assessment walks them one by one."""

    vendor = models.ForeignKey(Vendor, on_delete=models.CASCADE, related_name="safety_commitments")
    slug = models.SlugField(max_length=100)
    kind = models.CharField(max_length=20, choices=CommitmentKindChoices.choices())
    statement = models.TextField(help_text="What the vendor commits to, as a statement one can check.")
    weight = models.PositiveSmallIntegerField(default=100, help_text="Display order: lower comes first.")

    class Meta:
        ordering = ["vendor", "weight", "slug"]
        constraints = [models.UniqueConstraint(fields=["vendor", "slug"], name="catalog_commitment_unique")]

    def __str__(self):
        return f"{self.vendor}: {self.statement[:80]}"

    def get_changelog_parent(self):
        return self.vendor

"""Framework references: the clauses of published frameworks (NIST AI RMF subcategories, ISO/IEC 42001 Annex A
controls, EU AI Act articles) that controls serve. Loaded from the framework library's data files, addressed by
stable URNs, never typed by hand."""

from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel


class Framework(ChangeLoggedModel):
    """A published framework, as one versioned file of the library."""

    urn = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200)
    edition = models.CharField(max_length=50, blank=True, help_text="The framework's own version, e.g. 1.0.")
    version = models.PositiveIntegerField(default=1, help_text="Version of the library file it was loaded from.")
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=500, blank=True)
    licence = models.CharField(max_length=300, blank=True)
    attribution = models.TextField(blank=True)
    description = models.TextField(blank=True)
    groups = models.JSONField(
        default=list, blank=True, help_text='The groups of clauses in order: [{"ref_id": "GOVERN", "name": …}, …]'
    )
    weight = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["weight", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("governance:framework", args=[self.slug])

    def group_name(self, ref_id: str) -> str:
        return next((g.get("name", ref_id) for g in self.groups if g.get("ref_id") == ref_id), ref_id)


class FrameworkClause(ChangeLoggedModel):
    """One clause of a framework (a subcategory, an Annex A control, an article)."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="clauses")
    urn = models.CharField(max_length=200, unique=True)
    ref_id = models.CharField(max_length=50)
    title = models.TextField(blank=True, help_text="Empty where the framework's wording may not be reproduced.")
    group = models.CharField(max_length=50, blank=True, help_text="e.g. GOVERN, A.10, Chapter III.")
    weight = models.PositiveIntegerField(default=100)

    class Meta:
        ordering = ["framework", "weight", "ref_id"]
        verbose_name = "framework clause"
        constraints = [
            models.UniqueConstraint(fields=["framework", "ref_id"], name="governance_clause_unique_ref"),
        ]

    def __str__(self):
        return f"{self.framework.name if self.framework_id else ''} {self.ref_id}".strip()

    def get_absolute_url(self):
        return f"{self.framework.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return "clause-" + "".join(c if c.isalnum() else "-" for c in self.ref_id.lower())

    def get_changelog_parent(self):
        return self.framework

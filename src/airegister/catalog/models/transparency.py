"""The Foundation Model Transparency Index (Stanford CRFM, CC BY 4.0): its indicators and published scores.

Loaded from catalog_data/fmti/ by `load-catalog` (catalog/fmti.py). FMTI's verdicts are shown as published,
beside the register's own coverage of the same indicators (catalog/transparency.py).
"""

from django.db import models

from airegister.core.models import ChangeLoggedModel

from ..choices import FmtiEditionChoices
from .vendors import Vendor


class FmtiIndicator(ChangeLoggedModel):
    edition = models.CharField(max_length=10, choices=FmtiEditionChoices.choices())
    number = models.PositiveSmallIntegerField(help_text="Position in the edition's indicator file, from 1.")
    domain = models.CharField(max_length=30)
    subdomain = models.CharField(max_length=60)
    name = models.CharField(max_length=200)
    definition = models.TextField()
    # The register facts that speak to this indicator, from fmti/coverage.csv: [{"fact": "term.default-retention",
    # "note": "Partial: …"}]. Empty: the register records nothing that answers it.
    register_facts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-edition", "number"]
        verbose_name = "FMTI indicator"
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="catalog_fmti_indicator_number"),
            models.UniqueConstraint(fields=["edition", "name"], name="catalog_fmti_indicator_name"),
        ]

    def __str__(self):
        return f"{self.name} (FMTI {FmtiEditionChoices.label(self.edition)})"


class FmtiScore(ChangeLoggedModel):
    """One developer's score in one edition: which indicators FMTI found disclosed."""

    edition = models.CharField(max_length=10, choices=FmtiEditionChoices.choices())
    developer = models.CharField(max_length=100, help_text="As FMTI names it.")
    # A deleted vendor leaves the published score standing, unlinked (developers.csv links it again on load).
    vendor = models.ForeignKey(Vendor, on_delete=models.SET_NULL, null=True, blank=True, related_name="fmti_scores")
    score = models.PositiveSmallIntegerField()
    out_of = models.PositiveSmallIntegerField(default=100)
    disclosed = models.JSONField(default=list, blank=True, help_text="Numbers of the indicators scored 1.")

    class Meta:
        ordering = ["-edition", "developer"]
        verbose_name = "FMTI score"
        constraints = [models.UniqueConstraint(fields=["edition", "developer"], name="catalog_fmti_score_unique")]

    def __str__(self):
        return f"{self.developer}: {self.score}/{self.out_of} (FMTI {FmtiEditionChoices.label(self.edition)})"

    def get_changelog_parent(self):
        return self.vendor

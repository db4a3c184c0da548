from django.db import models
from django.urls import reverse

from airegister.core.models import ChangeLoggedModel, PartialDateField

from .choices import DocumentTypeChoices


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

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sources:sourcedocument", args=[self.slug])

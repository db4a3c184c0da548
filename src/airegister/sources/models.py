"""Source documents and their immutable snapshots: what the register's facts cite.

This app sits below the catalog (every cited fact points at a `SourceDocument`). The work done on sources —
reading them into snapshots, proposing facts, diffing, monitoring, feeds — is `airegister.intake`, above it.
A document is read (`airegister ingest`, `airegister monitor`) into a `Snapshot` only when its content hash
is new.
"""

import datetime
import re

from django.db import models
from django.urls import reverse
from django.utils import timezone

from airegister.core.models import ChangeLoggedModel, PartialDateField

from .choices import (
    DocumentTypeChoices,
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

from django.contrib import admin

from airegister.core.admin_base import ReadOnlyAdmin, RegisterModelAdmin
from airegister.sources.models import Snapshot, SourceDocument

from .forms import SourceDocumentAdminForm
from .models import FactChange, ProposedFact


@admin.register(SourceDocument)
class SourceDocumentAdmin(RegisterModelAdmin):
    form = SourceDocumentAdminForm
    list_display = ("title", "vendor", "document_type", "published", "url", "status", "last_checked")
    list_filter = ("document_type", "vendor", "status")
    search_fields = ("title", "slug", "url", "description")
    list_select_related = ("vendor",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("vendor",)
    readonly_fields = ("status", "status_detail", "last_checked")


@admin.register(Snapshot)
class SnapshotAdmin(ReadOnlyAdmin):
    """Snapshots are immutable: readable here, recorded only by `airegister ingest` and `airegister monitor`."""

    list_display = ("document", "number", "fetched_at", "format", "size", "sha256")
    list_filter = ("document",)
    list_select_related = ("document",)
    exclude = ("text", "extraction")


@admin.register(ProposedFact)
class ProposedFactAdmin(ReadOnlyAdmin):
    """Decided on the review pages (/proposed-facts/), where accepting writes the fact into the catalog."""

    list_display = ("model_name", "field", "key", "status", "found_by", "snapshot", "decided_by", "decided_at")
    list_filter = ("status", "field", "found_by")
    search_fields = ("model_name", "excerpt")
    list_select_related = ("snapshot__document", "decided_by")


@admin.register(FactChange)
class FactChangeAdmin(ReadOnlyAdmin):
    list_display = ("document", "model_name", "label", "kind", "severity", "detected")
    list_filter = ("kind", "severity", "document")
    list_select_related = ("document",)

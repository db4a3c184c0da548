from django.contrib import admin

from airegister.core.admin_base import RegisterModelAdmin

from .models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(RegisterModelAdmin):
    list_display = ("title", "vendor", "document_type", "published", "url")
    list_filter = ("document_type", "vendor")
    search_fields = ("title", "slug", "url", "description")
    list_select_related = ("vendor",)
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("vendor",)

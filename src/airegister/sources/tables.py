import django_tables2 as tables

from airegister.catalog.tables import ChoiceBadgeColumn
from airegister.core.templatetags.register_ui import partial_date

from .choices import DocumentTypeChoices
from .models import SourceDocument


class SourceDocumentTable(tables.Table):
    title = tables.Column(linkify=True, verbose_name="Document")
    vendor = tables.Column(linkify=True, default="—")
    document_type = ChoiceBadgeColumn(DocumentTypeChoices, verbose_name="Type")
    published = tables.Column(default="Not recorded")

    class Meta:
        model = SourceDocument
        fields = ("title", "vendor", "document_type", "published")
        empty_text = "No source documents recorded."

    def render_published(self, value):
        return partial_date(value)

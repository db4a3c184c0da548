from rest_framework import serializers

from airegister.catalog.models import Vendor
from airegister.core.api.serializers import BriefRelatedField, BriefSerializer, RegisterModelSerializer

from ..models import SourceDocument


class BriefSourceDocumentSerializer(BriefSerializer):
    view_name = "api:sources-api:document-detail"
    document_url = serializers.URLField(source="url", read_only=True)

    class Meta:
        model = SourceDocument
        fields = ["id", "url", "slug", "title", "document_url"]


class SourceDocumentSerializer(RegisterModelSerializer):
    view_name = BriefSourceDocumentSerializer.view_name
    # `url` is the record's API address everywhere in the API; the document's own address is `document_url`.
    document_url = serializers.URLField(source="url", required=False, allow_blank=True, max_length=500)
    # Named by path: the catalog's serializers cite sources, so they import this module.
    vendor = BriefRelatedField(
        "airegister.catalog.api.serializers.BriefVendorSerializer",
        queryset=Vendor.objects.all(),
        required=False,
        allow_null=True,
    )

    class Meta:
        model = SourceDocument
        fields = [
            "id", "url", "slug", "title", "document_url", "vendor", "document_type", "published",
            "description", "created", "last_updated",
        ]
        read_only_fields = ["created", "last_updated"]


def source_field():
    """The `source` of a cited fact: brief when read, the document's slug when written."""
    return BriefRelatedField(
        BriefSourceDocumentSerializer, queryset=SourceDocument.objects.all(), required=False, allow_null=True
    )

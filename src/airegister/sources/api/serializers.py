"""How a cited fact names its source in the API (the catalog's serializers use these); the documents' own
endpoints live in `airegister.intake.api`."""


from airegister.core.api.serializers import BriefRelatedField, BriefSerializer, OptionalURLField

from ..models import SourceDocument


class BriefSourceDocumentSerializer(BriefSerializer):
    view_name = "api:sources-api:document-detail"
    document_url = OptionalURLField(source="url", read_only=True)

    class Meta:
        model = SourceDocument
        fields = ["id", "url", "slug", "title", "document_url"]


def source_field():
    """The `source` of a cited fact: brief when read, the document's slug when written."""
    return BriefRelatedField(
        BriefSourceDocumentSerializer, queryset=SourceDocument.objects.all(), required=False, allow_null=True
    )

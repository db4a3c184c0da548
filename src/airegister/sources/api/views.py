from airegister.core.api.viewsets import RegisterModelViewSet, make_filterset

from ..models import SourceDocument
from . import serializers


class SourceDocumentViewSet(RegisterModelViewSet):
    queryset = SourceDocument.objects.select_related("vendor")
    serializer_class = serializers.SourceDocumentSerializer
    filterset_class = make_filterset(
        SourceDocument, ("title", "description", "url"), vendor="vendor__slug", document_type="document_type"
    )
    ordering_fields = ["title", "published", "last_updated"]

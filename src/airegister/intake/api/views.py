from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from airegister.core.api.viewsets import ReadOnlyRegisterViewSet, RegisterModelViewSet, make_filterset
from airegister.sources.models import Snapshot, SourceDocument

from .. import accept as decisions
from ..models import FactChange, ProposedFact
from . import serializers


def refusal(exc: DjangoValidationError) -> ValidationError:
    """A refused decision as the API's error body: {"non_field_errors": [...]} or per field."""
    if hasattr(exc, "error_dict"):
        return ValidationError(exc.message_dict)
    return ValidationError({"non_field_errors": exc.messages})


class SourceDocumentViewSet(RegisterModelViewSet):
    queryset = SourceDocument.objects.select_related("vendor")
    serializer_class = serializers.SourceDocumentSerializer
    filterset_class = make_filterset(
        SourceDocument, ("title", "description", "url"), vendor="vendor__slug", document_type="document_type",
        status="status",
    )
    ordering_fields = ["title", "published", "last_updated", "last_checked"]


class SnapshotViewSet(ReadOnlyRegisterViewSet):
    """Snapshots of source documents: immutable, recorded by `airegister ingest` and `airegister monitor`."""

    queryset = Snapshot.objects.select_related("document")
    serializer_class = serializers.SnapshotSerializer
    filterset_class = make_filterset(Snapshot, ("location",), document="document__slug", number="number")
    ordering_fields = ["fetched_at", "number"]

    def get_serializer_class(self):
        return serializers.SnapshotDetailSerializer if self.action == "retrieve" else super().get_serializer_class()

    @extend_schema(
        request=serializers.CreateModelSerializer, responses={201: serializers.ProposedFactSerializer(many=True)}
    )
    @action(detail=True, methods=["post"], url_path="create-model", pagination_class=None)
    def create_model(self, request, pk=None):
        """Accept as a new model: create the model the snapshot names (vendor chosen), then accept its facts."""
        snapshot = self.get_object()
        body = serializers.CreateModelSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            model, outcome = decisions.create_model(
                snapshot, body.validated_data["model_name"], body.validated_data["vendor"], request.user
            )
        except DjangoValidationError as exc:
            raise refusal(exc) from None
        facts = ProposedFact.objects.filter(snapshot=snapshot, model=model)
        facts = facts.select_related("snapshot__document", "model")
        data = serializers.ProposedFactSerializer(facts, many=True, context=self.get_serializer_context()).data
        return Response(data, status=status.HTTP_201_CREATED)


class ProposedFactViewSet(ReadOnlyRegisterViewSet):
    """Facts read from snapshots, for editors to accept into the catalog (cited) or reject."""

    queryset = ProposedFact.objects.select_related("snapshot__document", "model", "decided_by")
    serializer_class = serializers.ProposedFactSerializer
    filterset_class = make_filterset(
        ProposedFact, ("model_name", "excerpt"), status="status", field="field", model="model__slug",
        document="snapshot__document__slug", snapshot="snapshot_id", found_by="found_by",
    )
    ordering_fields = ["created", "decided_at", "model_name"]

    def decided(self, fact):
        fact = self.get_queryset().get(pk=fact.pk)
        return Response(self.get_serializer(fact).data)

    @extend_schema(request=serializers.AcceptSerializer, responses=serializers.ProposedFactSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        """Write the fact into the catalog, cited, and log the change under your name."""
        fact = self.get_object()
        body = serializers.AcceptSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            decisions.accept_fact(fact, request.user, model=body.validated_data.get("model"))
        except DjangoValidationError as exc:
            raise refusal(exc) from None
        return self.decided(fact)

    @extend_schema(request=serializers.RejectSerializer, responses=serializers.ProposedFactSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        fact = self.get_object()
        body = serializers.RejectSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            decisions.reject_fact(fact, request.user, note=body.validated_data.get("note", ""))
        except DjangoValidationError as exc:
            raise refusal(exc) from None
        return self.decided(fact)


class FactChangeViewSet(ReadOnlyRegisterViewSet):
    """What changed between snapshots: one row per fact, or the document gone."""

    queryset = FactChange.objects.select_related(
        "document", "model", "from_snapshot", "to_snapshot", "flag"
    )
    serializer_class = serializers.FactChangeSerializer
    filterset_class = make_filterset(
        FactChange, ("label", "model_name"), document="document__slug", model="model__slug", severity="severity",
        kind="kind",
    )
    ordering_fields = ["detected"]

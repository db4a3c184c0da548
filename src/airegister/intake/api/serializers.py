from rest_framework import serializers

from airegister.catalog.models import AIModel, Vendor
from airegister.core.api.serializers import (
    BriefRelatedField,
    ChoiceSetField,
    OptionalURLField,
    RegisterModelSerializer,
)
from airegister.sources.api.serializers import BriefSourceDocumentSerializer
from airegister.sources.choices import ProposedFactStatusChoices, SourceStatusChoices
from airegister.sources.models import Snapshot, SourceDocument

from ..choices import FoundByChoices
from ..forms import validate_watch
from ..models import FactChange, ProposedFact

BRIEF_MODEL = "airegister.catalog.api.serializers.BriefAIModelSerializer"
BRIEF_VENDOR = "airegister.catalog.api.serializers.BriefVendorSerializer"
BRIEF_FLAG_VIEW = "api:catalog-api:flag-detail"


class SourceDocumentSerializer(RegisterModelSerializer):
    view_name = BriefSourceDocumentSerializer.view_name
    # `url` is the record's API address everywhere in the API; the document's own address is `document_url`.
    document_url = OptionalURLField(source="url", required=False, max_length=500)
    vendor = BriefRelatedField(BRIEF_VENDOR, queryset=Vendor.objects.all(), required=False, allow_null=True)
    watch = serializers.CharField(
        required=False, allow_blank=True, max_length=1000,
        help_text="The http(s) URL `airegister monitor` re-reads (files on the server: `airegister ingest PATH`).",
    )
    status = ChoiceSetField(SourceStatusChoices.choices(), read_only=True, allow_blank=True)

    class Meta:
        model = SourceDocument
        fields = [
            "id", "url", "slug", "title", "document_url", "vendor", "document_type", "published",
            "description", "watch", "check_interval", "last_checked", "status", "status_detail", "created",
            "last_updated",
        ]
        read_only_fields = ["created", "last_updated", "last_checked", "status_detail"]

    def validate_watch(self, value):
        try:
            return validate_watch(value, self.instance)
        except Exception as exc:  # forms.ValidationError → the API's error body naming the field
            raise serializers.ValidationError(list(getattr(exc, "messages", [str(exc)]))) from None


class BriefSnapshotSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:sources-api:snapshot-detail")

    class Meta:
        model = Snapshot
        fields = ["id", "url", "number", "fetched_at", "sha256"]


class SnapshotSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:sources-api:snapshot-detail")
    document = BriefSourceDocumentSerializer(read_only=True)
    extraction = serializers.JSONField(read_only=True, help_text="The extractor's output (the `extract` JSON).")

    class Meta:
        model = Snapshot
        fields = [
            "id", "url", "document", "number", "sha256", "fetched_at", "location", "content_type", "format",
            "size", "extraction",
        ]


class SnapshotDetailSerializer(SnapshotSerializer):
    class Meta(SnapshotSerializer.Meta):
        fields = [*SnapshotSerializer.Meta.fields, "text"]


class ProposedFactSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:sources-api:proposed-fact-detail")
    snapshot = BriefSnapshotSerializer(read_only=True)
    document = BriefSourceDocumentSerializer(source="snapshot.document", read_only=True)
    model = BriefRelatedField(BRIEF_MODEL, read_only=True, allow_null=True)
    status = ChoiceSetField(ProposedFactStatusChoices.choices(), read_only=True)
    value = serializers.JSONField(read_only=True)
    label = serializers.CharField(read_only=True)
    value_text = serializers.CharField(read_only=True)
    decided_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    found_by = ChoiceSetField(FoundByChoices.choices(), read_only=True)

    class Meta:
        model = ProposedFact
        fields = [
            "id", "url", "document", "snapshot", "model", "model_name", "field", "key", "label", "value",
            "value_text", "excerpt", "found_by", "status", "created", "decided_by", "decided_at", "note",
        ]
        read_only_fields = fields


class AcceptSerializer(serializers.Serializer):
    model = BriefRelatedField(
        BRIEF_MODEL, queryset=AIModel.objects.all(), required=False, allow_null=True,
        help_text="Link the fact to this register model first (for a model the document names differently).",
    )


class RejectSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=500)


class CreateModelSerializer(serializers.Serializer):
    model_name = serializers.CharField(max_length=100, help_text="The model's name, as the document states it.")
    vendor = BriefRelatedField(BRIEF_VENDOR, queryset=Vendor.objects.all())


class FactChangeSerializer(serializers.ModelSerializer):
    document = BriefSourceDocumentSerializer(read_only=True)
    model = BriefRelatedField(BRIEF_MODEL, read_only=True, allow_null=True)
    from_snapshot = BriefSnapshotSerializer(read_only=True)
    to_snapshot = BriefSnapshotSerializer(read_only=True)
    before = serializers.JSONField(read_only=True)
    after = serializers.JSONField(read_only=True)
    sentence = serializers.CharField(read_only=True)
    flag = serializers.HyperlinkedRelatedField(view_name=BRIEF_FLAG_VIEW, read_only=True, allow_null=True)

    class Meta:
        model = FactChange
        fields = [
            "id", "document", "from_snapshot", "to_snapshot", "model", "model_name", "kind", "field", "label",
            "before", "after", "sentence", "excerpt", "severity", "flag", "detected",
        ]
        read_only_fields = fields

from rest_framework import serializers

from airegister.core.api.serializers import BriefRelatedField, BriefSerializer, RegisterModelSerializer

from ..models import Control, Playbook

STAMPS = ["created", "last_updated"]
APPLICABILITY = ["applies_to", "applies_value", "applicability"]


class BriefControlSerializer(BriefSerializer):
    view_name = "api:governance-api:control-detail"

    class Meta:
        model = Control
        fields = ["id", "url", "slug", "name"]


class ControlSummarySerializer(BriefControlSerializer):
    """A control as a model's profile lists it: with its description."""

    class Meta(BriefControlSerializer.Meta):
        fields = ["id", "url", "slug", "name", "ref_id", "description"]


class PlaybookSummarySerializer(BriefSerializer):
    view_name = "api:governance-api:playbook-detail"

    class Meta:
        model = Playbook
        fields = ["id", "url", "slug", "question", "summary"]


class FrameworkMappingSerializer(serializers.Serializer):
    framework = serializers.CharField(max_length=100)
    clause = serializers.CharField(max_length=100)


class ControlSerializer(RegisterModelSerializer):
    view_name = BriefControlSerializer.view_name
    framework_mappings = serializers.ListField(child=FrameworkMappingSerializer(), required=False)
    applicability = serializers.CharField(source="applicability_text", read_only=True)

    class Meta:
        model = Control
        fields = [
            "id", "url", "slug", "name", "ref_id", "category", "description", "objective", "review_interval_days",
            "framework_mappings", *APPLICABILITY, "weight", *STAMPS,
        ]


class PlaybookSerializer(RegisterModelSerializer):
    view_name = PlaybookSummarySerializer.view_name
    related_controls = BriefRelatedField(
        BriefControlSerializer, queryset=Control.objects.all(), many=True, required=False
    )
    applicability = serializers.CharField(source="applicability_text", read_only=True)

    class Meta:
        model = Playbook
        fields = [
            "id", "url", "slug", "question", "summary", "steps", "related_controls", *APPLICABILITY, "weight",
            *STAMPS,
        ]

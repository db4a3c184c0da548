from rest_framework import serializers

from airegister.core.api.serializers import BriefRelatedField, BriefSerializer, RegisterModelSerializer

from ..choices import QuestionKindChoices
from ..models import Control, Framework, FrameworkClause, Playbook

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


class BriefFrameworkSerializer(BriefSerializer):
    view_name = "api:governance-api:framework-detail"

    class Meta:
        model = Framework
        fields = ["id", "url", "slug", "urn", "name"]


class BriefFrameworkClauseSerializer(BriefSerializer):
    view_name = "api:governance-api:frameworkclause-detail"
    framework = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = FrameworkClause
        fields = ["id", "url", "urn", "framework", "ref_id"]


class QuestionSerializer(serializers.Serializer):
    id = serializers.SlugField(max_length=100)
    kind = serializers.ChoiceField(choices=QuestionKindChoices.choices())
    text = serializers.CharField()
    help = serializers.CharField(required=False, allow_blank=True)
    choices = serializers.ListField(child=serializers.CharField(), required=False, min_length=2)


class FrameworkClauseSerializer(RegisterModelSerializer):
    view_name = BriefFrameworkClauseSerializer.view_name
    framework = BriefRelatedField(BriefFrameworkSerializer, queryset=Framework.objects.all())
    controls = BriefRelatedField(BriefControlSerializer, many=True, read_only=True)

    class Meta:
        model = FrameworkClause
        fields = ["id", "url", "urn", "framework", "ref_id", "group", "title", "controls", *STAMPS]


class FrameworkSerializer(RegisterModelSerializer):
    view_name = BriefFrameworkSerializer.view_name
    website = serializers.URLField(source="url", read_only=True)
    clause_count = serializers.IntegerField(read_only=True)
    covered_count = serializers.IntegerField(read_only=True, help_text="Clauses served by at least one control.")

    class Meta:
        model = Framework
        fields = [
            "id", "url", "slug", "urn", "name", "edition", "version", "publisher", "website", "licence",
            "attribution", "description", "groups", "clause_count", "covered_count", *STAMPS,
        ]


class ControlSerializer(RegisterModelSerializer):
    view_name = BriefControlSerializer.view_name
    questionnaire = serializers.ListField(child=QuestionSerializer(), required=False)
    clauses = BriefRelatedField(
        BriefFrameworkClauseSerializer, queryset=FrameworkClause.objects.all(), many=True, required=False
    )
    applicability = serializers.CharField(source="applicability_text", read_only=True)

    class Meta:
        model = Control
        fields = [
            "id", "url", "slug", "urn", "version", "name", "ref_id", "category", "description", "objective",
            "clauses", "questionnaire", *APPLICABILITY, "weight", *STAMPS,
        ]
        read_only_fields = ["urn"]


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

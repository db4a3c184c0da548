from django.contrib.contenttypes.models import ContentType
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from airegister.core.api.serializers import BriefRelatedField, BriefSerializer, RegisterModelSerializer

from ..choices import AssessmentStatusChoices, QuestionKindChoices
from ..models import SUBJECT_TYPES, Assessment, Control, Evidence, Framework, FrameworkClause, Playbook

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


@extend_schema_field(
    {"type": "string", "enum": ["catalog.vendor", "catalog.aimodel", "catalog.modelavailability", "usecases.usecase"]}
)
class SubjectTypeField(serializers.Field):
    """The kind of record assessed, as "app.model": catalog.vendor, catalog.aimodel, catalog.modelavailability,
    usecases.usecase."""

    def to_representation(self, value):
        return f"{value.app_label}.{value.model}"

    def to_internal_value(self, data):
        app_label, _, model = str(data).partition(".")
        if (app_label, model) not in SUBJECT_TYPES:
            valid = ", ".join(f"{a}.{m}" for a, m in SUBJECT_TYPES)
            raise serializers.ValidationError(f"Give one of: {valid}.")
        return ContentType.objects.get_by_natural_key(app_label, model)


class EvidenceSerializer(serializers.ModelSerializer):
    download = serializers.SerializerMethodField()

    class Meta:
        model = Evidence
        fields = ["id", "question_id", "name", "size", "sha256", "download", "created"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_download(self, obj) -> str:
        request = self.context.get("request")
        url = obj.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


class AssessmentSerializer(RegisterModelSerializer):
    view_name = "api:governance-api:assessment-detail"
    control = BriefRelatedField(BriefControlSerializer, queryset=Control.objects.all())
    subject_type = SubjectTypeField()
    assessor = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    reviewer = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    answers = serializers.DictField(child=serializers.CharField(allow_blank=True), required=False)
    notes = serializers.DictField(
        child=serializers.CharField(allow_blank=True, max_length=5000), required=False,
        help_text="Evidence notes of questions that take optional evidence (a safety commitment's), by question id.",
    )
    evidence = EvidenceSerializer(many=True, read_only=True)
    due_state = serializers.CharField(read_only=True, help_text="overdue, due-soon, scheduled or empty.")
    facts = serializers.SerializerMethodField(
        help_text="Per question a recorded fact answers: the fact that filled the answer in (`recorded`, with "
        "source and excerpt), the fact now (`now`, null: not recorded), and `stale` when it has changed since."
    )
    confirm_facts = serializers.ListField(
        child=serializers.CharField(), write_only=True, required=False,
        help_text="Ids of stale questions whose answer the assessor keeps, having seen the changed fact.",
    )

    class Meta:
        model = Assessment
        fields = [
            "id", "url", "control", "control_version", "subject_type", "subject_id", "subject_name", "status",
            "questionnaire", "answers", "risk_rating", "summary", "assessor", "reviewer", "signed_off_at",
            "completed_on", "next_due", "superseded", "due_state", "evidence", "facts", "confirm_facts", "notes",
            *STAMPS,
        ]
        read_only_fields = [
            "control_version", "subject_name", "status", "questionnaire", "signed_off_at", "completed_on",
            "next_due", "superseded",
        ]

    def get_facts(self, obj) -> dict:
        return obj.fact_rows

    def update(self, instance, validated_data):
        # A stale pre-filled answer is settled by confirming it (`confirm_facts`) or by changing it.
        confirmed = list(validated_data.pop("confirm_facts", []))
        if "answers" in validated_data:
            old = instance.answers
            instance.answers = validated_data["answers"]
            confirmed += [qid for qid, value in instance.answers.items() if value != old.get(qid, "")]
        instance.confirm_facts(confirmed, self.context["request"].user)
        return super().update(instance, validated_data)

    def validate(self, attrs):
        instance = self.instance
        if instance is not None:
            if instance.status != AssessmentStatusChoices.DRAFT:
                raise serializers.ValidationError({"status": "Only a draft can be changed; start a new assessment."})
            for key in ("control", "subject_type", "subject_id"):
                if key in attrs and attrs[key] != getattr(instance, key):
                    raise serializers.ValidationError({key: "The control and subject of an assessment are fixed."})
        questions = instance.questionnaire if instance is not None else attrs["control"].questionnaire
        by_id = {q["id"]: q for q in questions}
        for question_id in attrs.get("notes") or {}:
            if by_id.get(question_id, {}).get("evidence") != "optional":
                raise serializers.ValidationError({"notes": {question_id: "No such question takes an evidence note."}})
        for question_id, value in (attrs.get("answers") or {}).items():
            if question_id not in by_id:
                raise serializers.ValidationError({"answers": {question_id: "No such question."}})
            error = Assessment.answer_error(by_id[question_id], value)
            if error:
                raise serializers.ValidationError({"answers": {question_id: error}})
        return super().validate(attrs)

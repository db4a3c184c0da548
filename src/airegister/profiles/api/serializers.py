"""The whole profile of one model (GET /api/catalog/models/<slug>/profile/)."""

from rest_framework import serializers

from airegister.catalog.api.serializers import (
    AIModelSerializer,
    AttributeSummarySerializer,
    BriefVendorSerializer,
    CertificationSerializer,
    ComplianceFlagSerializer,
    ContinuityLinkSerializer,
    ModelAvailabilitySerializer,
    SafetyDocumentSerializer,
    SafetyEvaluationSerializer,
    UseRestrictionSerializer,
    profile_variant,
)
from airegister.governance.api.serializers import ControlSummarySerializer, PlaybookSummarySerializer


class ModelProfileSerializer(serializers.Serializer):
    model = AIModelSerializer()
    vendor = BriefVendorSerializer(source="model.vendor", allow_null=True)
    updated = serializers.DateTimeField(help_text="Latest change to the model or any fact it shows.")
    flag_sentence = serializers.CharField()
    active_flag_count = serializers.SerializerMethodField()
    data_handling = AttributeSummarySerializer(many=True)
    certifications = profile_variant(CertificationSerializer)(many=True)
    restrictions = profile_variant(UseRestrictionSerializer)(many=True)
    safety_documents = profile_variant(SafetyDocumentSerializer)(many=True)
    safety_evaluations = profile_variant(SafetyEvaluationSerializer)(many=True)
    flags = profile_variant(ComplianceFlagSerializer)(many=True)
    availability = profile_variant(ModelAvailabilitySerializer, omit=("model",))(many=True, source="availabilities")
    continuity_options = ContinuityLinkSerializer(many=True, help_text="Where this model's workflows may move.")
    continuity_for = ContinuityLinkSerializer(many=True, help_text="Models whose workflows may move to this one.")
    controls = ControlSummarySerializer(many=True)
    playbooks = PlaybookSummarySerializer(many=True)

    def get_active_flag_count(self, profile) -> int:
        return len(profile.active_flags)

from rest_framework import serializers

from airegister.catalog.models import DataAttribute
from airegister.core.api.serializers import ChoiceSetField, RegisterModelSerializer, VocabularySlugField
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import DataClass, Region

from ..choices import ResultChoices
from ..models import ProfileVersion, RequirementProfile, Rule

STAMPS = ["created", "last_updated"]


class RequirementProfileSerializer(RegisterModelSerializer):
    view_name = "api:requirements-api:profile-detail"
    version = serializers.IntegerField(source="current_version", read_only=True, help_text="The latest version.")

    class Meta:
        model = RequirementProfile
        fields = ["id", "url", "slug", "name", "description", "is_default", "version", *STAMPS]


class RuleSerializer(RegisterModelSerializer):
    view_name = "api:requirements-api:rule-detail"
    profile = VocabularySlugField(queryset=RequirementProfile.objects.all())
    data_class = VocabularySlugField(queryset=DataClass.objects.all(), required=False, allow_null=True)
    region = VocabularySlugField(queryset=Region.objects.all(), required=False, allow_null=True)
    # A rule naming an attribute the catalog does not have is refused here, when saved (400 naming it).
    attribute = VocabularySlugField(queryset=DataAttribute.objects.all(), required=False, allow_null=True)
    fallback_attribute = VocabularySlugField(queryset=DataAttribute.objects.all(), required=False, allow_null=True)
    statuses = serializers.ListField(child=serializers.CharField(max_length=20), required=False)

    class Meta:
        model = Rule
        fields = [
            "id", "url", "profile", "key", "name", "description", "weight", "data_class", "region", "kind",
            "attribute", "expected", "fallback_attribute", "fallback_expected", "fallback_reason", "severity",
            "statuses", *STAMPS,
        ]


class ProfileVersionSerializer(serializers.ModelSerializer):
    profile = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    data = serializers.JSONField(help_text="The profile and its rules as saved in this version.")

    class Meta:
        model = ProfileVersion
        fields = ["id", "profile", "number", "created", "user_name", "message", "data"]


class CheckRequestSerializer(serializers.Serializer):
    """A workload. Lists may also be given comma-separated (and, with GET, as repeated parameters)."""

    data_classes = serializers.ListField(child=serializers.CharField(), required=False, help_text="Data class slugs.")
    regions = serializers.ListField(child=serializers.CharField(), required=False, help_text="Region slugs or codes.")
    capabilities = serializers.ListField(
        child=serializers.CharField(), required=False, help_text=", ".join(CapabilityChoices.values())
    )
    profile = serializers.CharField(required=False, allow_blank=True, help_text="Default: the default profile.")
    verdict = serializers.ChoiceField(
        choices=ResultChoices.choices(), required=False, help_text="Only the options with this verdict."
    )


# A rule's result is never "not offered": that is an option's verdict only.
RULE_RESULTS = [choice for choice in ResultChoices.choices() if choice[0] != ResultChoices.NOT_OFFERED]


class RuleResultSerializer(serializers.Serializer):
    rule = serializers.CharField(help_text="The rule's key.")
    name = serializers.CharField()
    result = ChoiceSetField(RULE_RESULTS)
    fact = serializers.DictField(allow_null=True, help_text="The fact that decided it (a term, flags, a model field).")
    excerpt = serializers.CharField(allow_null=True, help_text="The source's own words for the fact, if recorded.")
    reason = serializers.CharField()


class OfferSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=["offered", "not-recorded", "ended"],
        help_text="offered; not-recorded (no offer of the model on the channel); ended (retired or withdrawn there).",
    )
    lifecycle_status = serializers.CharField(allow_null=True, help_text="The offer's status, when it has ended.")
    retirement_date = serializers.DateField(allow_null=True, help_text="When the channel stopped serving it.")
    reason = serializers.CharField()


class CheckOptionSerializer(serializers.Serializer):
    """One model × channel of a check (documents the response; results are built by requirements.facts)."""

    model = serializers.CharField(help_text="Model slug.")
    model_name = serializers.CharField()
    vendor = serializers.CharField(allow_null=True)
    channel = serializers.CharField(allow_null=True, help_text="Channel slug.")
    channel_name = serializers.CharField(allow_null=True)
    listed_availability = serializers.BooleanField(
        help_text="An offer of the model on the channel is recorded (else the vendor's terms put it there)."
    )
    offer = OfferSerializer(
        allow_null=True, help_text="Whether the model is offered on the channel; null when no channel is given."
    )
    verdict = ChoiceSetField(
        ResultChoices.choices(),
        help_text="no-offer (Not offered): no offer on the channel is recorded, or it has ended; never a pass.",
    )
    rules = RuleResultSerializer(many=True)

from django.utils.text import slugify
from rest_framework import serializers

from airegister.catalog.api.serializers import channel_field, model_field
from airegister.core.api.serializers import (
    BriefRelatedField,
    BriefSerializer,
    ChoiceSetField,
    RegisterModelSerializer,
    VocabularySlugField,
)
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import RequirementProfile

from ..models import DataClass, Region, UseCase

STAMPS = ["created", "last_updated"]


class BriefProfileSerializer(BriefSerializer):
    view_name = "api:requirements-api:profile-detail"

    class Meta:
        model = RequirementProfile
        fields = ["id", "url", "slug", "name"]


class DataClassSerializer(RegisterModelSerializer):
    view_name = "api:usecases-api:data-class-detail"
    parents = VocabularySlugField(
        many=True, queryset=DataClass.objects.all(), required=False, help_text="Slugs of the classes it implies."
    )

    class Meta:
        model = DataClass
        fields = ["id", "url", "slug", "name", "description", "weight", "parents", *STAMPS]


class RegionSerializer(RegisterModelSerializer):
    view_name = "api:usecases-api:region-detail"
    parents = VocabularySlugField(
        many=True, queryset=Region.objects.all(), required=False, help_text="Slugs of the regions it lies within."
    )

    class Meta:
        model = Region
        fields = ["id", "url", "slug", "code", "name", "description", "weight", "parents", *STAMPS]


class UseCaseSerializer(RegisterModelSerializer):
    view_name = "api:usecases-api:use-case-detail"
    data_classes = VocabularySlugField(many=True, queryset=DataClass.objects.all(), required=False)
    regions = VocabularySlugField(many=True, queryset=Region.objects.all(), required=False)
    capabilities = serializers.ListField(child=ChoiceSetField(CapabilityChoices.choices()), required=False)
    model = model_field(required=False, allow_null=True)
    channel = channel_field(required=False, allow_null=True)
    profile = BriefRelatedField(
        BriefProfileSerializer, queryset=RequirementProfile.objects.all(), required=False, allow_null=True,
        help_text="Null: the default profile.",
    )
    verdict = serializers.SerializerMethodField(
        help_text="The requirement check now: pass, fail, unknown, no-offer (not offered on its channel) or null."
    )

    class Meta:
        model = UseCase
        fields = [
            "id", "url", "slug", "name", "owner", "description", "status", "data_classes", "regions",
            "capabilities", "model", "channel", "profile", "verdict", "reviewed_at", "reviewed_verdict", *STAMPS,
        ]
        read_only_fields = ["reviewed_at", "reviewed_verdict"]
        extra_kwargs = {"slug": {"required": False}}

    def get_verdict(self, obj) -> str | None:
        live = self.context.get("live", {}).get(obj.pk)
        return live.verdict or None if live is not None else None

    def validate(self, attrs):
        if self.instance is None and not attrs.get("slug") and attrs.get("name"):
            attrs["slug"] = slugify(attrs["name"])[:100]
        return super().validate(attrs)


class ImportResultSerializer(serializers.Serializer):
    created = serializers.ListField(child=serializers.CharField(), help_text="Slugs of the use cases created.")
    updated = serializers.ListField(child=serializers.CharField(), help_text="Slugs of the use cases updated.")

"""Catalog records in the API: foreign keys read as brief objects and are written as slugs."""

from rest_framework import serializers

from airegister.core.api.serializers import (
    BriefRelatedField,
    BriefSerializer,
    ChoiceSetField,
    OptionalURLField,
    RegisterModelSerializer,
)
from airegister.sources.api.serializers import BriefSourceDocumentSerializer, source_field

from ..choices import ModalityChoices, TermValueChoices
from ..models import (
    AIModel,
    Certification,
    Channel,
    ComplianceFlag,
    ContinuityLink,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    SafetyDocument,
    SafetyEvaluation,
    UseRestriction,
    Vendor,
)
from ..transparency import ATTRIBUTION as FMTI_ATTRIBUTION

CITED_FIELDS = ["source", "source_date", "source_excerpt"]
STAMPS = ["created", "last_updated"]


def view_name(basename: str) -> str:
    return f"api:catalog-api:{basename}-detail"


# Brief representations (nested in other records)


class BriefVendorSerializer(BriefSerializer):
    view_name = view_name("vendor")

    class Meta:
        model = Vendor
        fields = ["id", "url", "slug", "name"]


class BriefAIModelSerializer(BriefSerializer):
    view_name = view_name("model")

    class Meta:
        model = AIModel
        fields = ["id", "url", "slug", "name"]


class BriefChannelSerializer(BriefSerializer):
    view_name = view_name("channel")

    class Meta:
        model = Channel
        fields = ["id", "url", "slug", "name"]


class BriefDataAttributeSerializer(BriefSerializer):
    view_name = view_name("attribute")

    class Meta:
        model = DataAttribute
        fields = ["id", "url", "slug", "name"]


def vendor_field(**kwargs):
    return BriefRelatedField(BriefVendorSerializer, queryset=Vendor.objects.all(), **kwargs)


def model_field(**kwargs):
    return BriefRelatedField(BriefAIModelSerializer, queryset=AIModel.objects.select_related("vendor"), **kwargs)


def channel_field(**kwargs):
    return BriefRelatedField(BriefChannelSerializer, queryset=Channel.objects.all(), **kwargs)


class CitedSerializer(RegisterModelSerializer):
    source = source_field()


class VendorOrModelFactSerializer(CitedSerializer):
    """Vendor-level when `model` is null (every model of the vendor inherits it); `vendor` may be left
    out when `model` is given."""

    vendor = vendor_field(required=False)
    model = model_field(required=False, allow_null=True)

    def prepare_candidate(self, candidate):
        if candidate.model_id and not candidate.vendor_id:
            candidate.vendor_id = candidate.model.vendor_id


# Full representations


class VendorSerializer(RegisterModelSerializer):
    view_name = view_name("vendor")

    class Meta:
        model = Vendor
        fields = [
            "id", "url", "slug", "name", "website", "trust_center_url", "safety_page_url", "description",
            "is_third_party", *STAMPS,
        ]


class ChannelSerializer(RegisterModelSerializer):
    view_name = view_name("channel")
    website = OptionalURLField(source="url", required=False)
    aliases = serializers.ListField(child=serializers.CharField(max_length=100), required=False)

    class Meta:
        model = Channel
        fields = [
            "id", "url", "slug", "name", "kind", "operator", "website", "description", "aliases", "weight", *STAMPS,
        ]


class DataAttributeSerializer(RegisterModelSerializer):
    view_name = view_name("attribute")

    class Meta:
        model = DataAttribute
        fields = [
            "id", "url", "slug", "name", "description", "weight", "headline", "detail", "yes_label", "no_label",
            "statement_separator", *STAMPS,
        ]


class MatchingTermSerializer(serializers.Serializer):
    attribute = serializers.CharField(help_text="The data attribute's slug, e.g. hipaa-baa.")
    value = serializers.ChoiceField(choices=TermValueChoices.choices())
    regions = serializers.ListField(child=serializers.CharField())
    source = serializers.CharField(allow_null=True, help_text="The title of the document stating the term.")
    source_url = serializers.URLField(allow_null=True, help_text="Where the term is stated; null: not recorded.")
    inherited = serializers.BooleanField(help_text="True: the vendor's term, which the model inherits.")


class MatchingChannelSerializer(serializers.Serializer):
    slug = serializers.CharField(allow_null=True, help_text="Null: the term holds on every channel.")
    name = serializers.CharField()
    terms = MatchingTermSerializer(many=True, help_text="The term that applies there, per term filter asked.")


class AIModelSerializer(CitedSerializer):
    view_name = view_name("model")
    vendor = vendor_field(required=False, allow_null=True)
    input_modalities = serializers.ListField(child=ChoiceSetField(ModalityChoices.choices()), required=False)
    output_modalities = serializers.ListField(child=ChoiceSetField(ModalityChoices.choices()), required=False)
    aliases = serializers.ListField(child=serializers.CharField(max_length=100), required=False)
    evidence = serializers.DictField(
        child=serializers.CharField(), required=False, help_text="Field name → the source's sentence stating it."
    )
    channels = BriefChannelSerializer(many=True, read_only=True)
    active_flag_count = serializers.IntegerField(
        read_only=True, help_text="Active compliance flags of the model and, inherited, of its vendor."
    )
    # Present only in a list asked with a data-term filter (hipaa_baa, zero_retention, …).
    matching_channels = MatchingChannelSerializer(
        many=True, read_only=True, required=False,
        help_text="Only with a data-term filter: the channels where the model's terms answer it.",
    )

    class Meta:
        model = AIModel
        fields = [
            "id", "url", "slug", "name", "vendor", "family", "version_label", "tier", "release_date",
            "lifecycle_status", "announcement_date", "deprecation_date", "retirement_date",
            "availability_summary", "capability_notes", "input_modalities", "output_modalities",
            "knowledge_cutoff", "training_data_cutoff", "context_window", "parameters", "license",
            "safety_level", "enterprise_guidance", "aliases", "channels", "active_flag_count", "matching_channels",
            *CITED_FIELDS, "evidence", *STAMPS,
        ]
        optional_read_only_fields = ("matching_channels",)


class AIModelDetailSerializer(AIModelSerializer):
    updated = serializers.DateTimeField(
        read_only=True, help_text="Last change to the model or any fact it shows, inherited vendor terms included."
    )

    class Meta(AIModelSerializer.Meta):
        fields = [*AIModelSerializer.Meta.fields, "updated"]


class DataTermSerializer(VendorOrModelFactSerializer):
    view_name = view_name("term")
    channel = channel_field(required=False, allow_null=True, help_text="Empty: the term holds on every channel.")
    attribute = BriefRelatedField(BriefDataAttributeSerializer, queryset=DataAttribute.objects.all())
    regions = serializers.ListField(child=serializers.CharField(max_length=20), required=False)

    class Meta:
        model = DataTerm
        fields = [
            "id", "url", "vendor", "model", "channel", "attribute", "value", "retention", "retention_days",
            "regions", "statement", *CITED_FIELDS, *STAMPS,
        ]


class CertificationSerializer(CitedSerializer):
    view_name = view_name("certification")
    vendor = vendor_field()

    class Meta:
        model = Certification
        fields = [
            "id", "url", "vendor", "name", "scope", "issuer", "valid_until", "evidence_url", *CITED_FIELDS, *STAMPS,
        ]


class UseRestrictionSerializer(VendorOrModelFactSerializer):
    view_name = view_name("use-restriction")

    class Meta:
        model = UseRestriction
        fields = ["id", "url", "vendor", "model", "text", "weight", *CITED_FIELDS, *STAMPS]


class SafetyDocumentSerializer(VendorOrModelFactSerializer):
    view_name = view_name("safety-document")
    document_url = OptionalURLField(source="url", required=False, max_length=500)

    class Meta:
        model = SafetyDocument
        fields = ["id", "url", "vendor", "model", "title", "document_url", "summary", "weight", *CITED_FIELDS, *STAMPS]


class SafetyEvaluationSerializer(CitedSerializer):
    view_name = view_name("safety-evaluation")
    model = model_field()

    class Meta:
        model = SafetyEvaluation
        fields = ["id", "url", "model", "name", "value", "unit", "margin", "condition", *CITED_FIELDS, *STAMPS]


class ComplianceFlagSerializer(VendorOrModelFactSerializer):
    view_name = view_name("flag")

    class Meta:
        model = ComplianceFlag
        fields = [
            "id", "url", "vendor", "model", "title", "category", "severity", "status", "opened", "resolved",
            "description", *CITED_FIELDS, *STAMPS,
        ]


class ModelAvailabilitySerializer(CitedSerializer):
    view_name = view_name("availability")
    model = model_field()
    channel = channel_field()

    class Meta:
        model = ModelAvailability
        fields = ["id", "url", "model", "channel", "note", *CITED_FIELDS, *STAMPS]


class ContinuityLinkSerializer(CitedSerializer):
    view_name = view_name("continuity-link")
    from_model = model_field(help_text="The model whose workflows need a continuity option.")
    to_model = model_field(help_text="The successor or recommended continuity option.")

    class Meta:
        model = ContinuityLink
        fields = ["id", "url", "from_model", "to_model", "kind", "rationale", *CITED_FIELDS, *STAMPS]


# The pieces of a model profile (the whole profile is served by airegister.profiles.api)


class InheritedMixin(serializers.Serializer):
    inherited = serializers.SerializerMethodField(help_text="The vendor's fact, which every model of it inherits.")

    def get_inherited(self, obj) -> bool:
        return obj.model_id is None


def profile_variant(serializer_class, omit=("vendor", "model")):
    """The serializer without the holder fields (the profile names the model and vendor once).

    Facts a model may inherit from its vendor say whether they are inherited.
    """
    fields = [f for f in serializer_class.Meta.fields if f not in omit]
    bases = (serializer_class,)
    if issubclass(serializer_class, VendorOrModelFactSerializer):
        bases = (InheritedMixin, serializer_class)
        fields.append("inherited")
    meta = type("Meta", (serializer_class.Meta,), {"fields": fields})
    return type(f"Profile{serializer_class.__name__}", bases, {"Meta": meta})


class TermRowSerializer(serializers.Serializer):
    """One channel's answer to one attribute, after inheritance."""

    term_id = serializers.IntegerField(source="term.pk")
    channel = BriefChannelSerializer(source="term.channel", allow_null=True, help_text="Null: every channel.")
    channel_name = serializers.CharField()
    value = ChoiceSetField(TermValueChoices.choices(), source="term.value")
    value_label = serializers.CharField()
    statement = serializers.CharField(source="term.statement")
    retention = serializers.CharField(source="term.retention")
    retention_days = serializers.IntegerField(source="term.retention_days", allow_null=True)
    regions = serializers.ListField(source="term.regions", child=serializers.CharField())
    inherited = serializers.BooleanField(help_text="The vendor's term, not the model's own.")
    source = BriefSourceDocumentSerializer(source="term.source", allow_null=True)
    source_date = serializers.DateField(source="term.source_date", allow_null=True)
    source_excerpt = serializers.CharField(source="term.source_excerpt")
    last_updated = serializers.DateTimeField(source="term.last_updated")


class AttributeSummarySerializer(serializers.Serializer):
    attribute = BriefDataAttributeSerializer()
    description = serializers.CharField(source="attribute.description")
    recorded = serializers.BooleanField()
    headline = serializers.CharField(help_text='The one-word answer ("Yes", "Available", "Not recorded").')
    detail = serializers.CharField(help_text='The one-line summary ("Via: Claude for Enterprise; AWS Bedrock").')
    rows = TermRowSerializer(many=True)


# Transparency coverage (read-only, built by catalog.transparency)


class FmtiScoreSerializer(serializers.Serializer):
    developer = serializers.CharField(help_text="As FMTI names it.")
    score = serializers.IntegerField()
    out_of = serializers.IntegerField()


class CitedFactSerializer(serializers.Serializer):
    subject = serializers.CharField(help_text="The model, or the vendor for a vendor-wide fact.")
    label = serializers.CharField()
    value = serializers.CharField()
    excerpt = serializers.CharField(help_text="The source's words, verbatim.")
    source = serializers.SerializerMethodField()

    def get_source(self, fact) -> dict:
        doc = fact.source
        return {"slug": doc.slug, "title": doc.title, "url": doc.url, "published": doc.published}


class IndicatorCoverageSerializer(serializers.Serializer):
    number = serializers.IntegerField(source="indicator.number")
    domain = serializers.CharField(source="indicator.domain")
    subdomain = serializers.CharField(source="indicator.subdomain")
    name = serializers.CharField(source="indicator.name")
    fmti_disclosed = serializers.BooleanField(
        source="disclosed", allow_null=True, help_text="FMTI's verdict; null when the vendor was not scored."
    )
    register_facts = serializers.SerializerMethodField(help_text="The register fact kinds mapped to it.")
    cited_facts = CitedFactSerializer(source="facts", many=True)

    def get_register_facts(self, row) -> list[str]:
        return [m["fact"] for m in row.indicator.register_facts]


class TransparencySerializer(serializers.Serializer):
    fmti_dec_2025 = FmtiScoreSerializer(source="score", allow_null=True, help_text="Null: not scored by FMTI.")
    fmti_may_2024 = FmtiScoreSerializer(source="earlier", allow_null=True, help_text="Null: not scored by FMTI.")
    mapped_indicators = serializers.IntegerField(source="mapped_count")
    covered_indicators = serializers.IntegerField(
        source="held_count", help_text="Mapped indicators for which the register holds a cited fact."
    )
    attribution = serializers.SerializerMethodField()
    indicators = IndicatorCoverageSerializer(source="rows", many=True)

    def get_attribution(self, obj) -> str:
        return FMTI_ATTRIBUTION

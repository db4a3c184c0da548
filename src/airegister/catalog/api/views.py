from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from airegister.core.api.viewsets import RegisterModelViewSet, make_filterset
from airegister.core.pagecache import cached_api_data
from airegister.sources.models import SourceDocument

from .. import filtersets
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
from ..profile import build_model_facts
from ..term_queries import describe_matches
from ..transparency import vendor_transparency
from . import serializers

HOLDER_FILTERS = {"vendor": "vendor__slug", "model": "model__slug"}


def attach_sources(records):
    """Fetch, in one query, the source documents of cited records that were loaded without them."""
    missing = [r for r in records if r.source_id and not type(r).source.is_cached(r)]
    documents = SourceDocument.objects.in_bulk({r.source_id for r in missing})
    for record in missing:
        record.source = documents[record.source_id]


class VendorViewSet(RegisterModelViewSet):
    queryset = Vendor.objects.all()
    serializer_class = serializers.VendorSerializer
    filterset_class = filtersets.VendorFilterSet
    ordering_fields = ["name", "last_updated"]

    @extend_schema(responses=serializers.TransparencySerializer, filters=False)
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def transparency(self, request, slug=None):
        """The vendor's published FMTI scores and, per Dec 2025 indicator, FMTI's verdict beside the register's
        cited facts (CC BY 4.0 data: see `attribution`)."""
        return Response(serializers.TransparencySerializer(vendor_transparency(self.get_object())).data)


class AIModelViewSet(RegisterModelViewSet):
    queryset = filtersets.with_active_flag_count(
        AIModel.objects.select_related("vendor", "source").prefetch_related("channels")
    )
    serializer_class = serializers.AIModelSerializer
    filterset_class = filtersets.AIModelFilterSet
    ordering_fields = ["name", "release_date", "tier", "lifecycle_status", "active_flag_count", "last_updated"]

    def list(self, request, *args, **kwargs):
        # The most read API list: served from the page cache (core/pagecache.py) while the register is unchanged.
        build = super().list
        return Response(cached_api_data(request, lambda: build(request, *args, **kwargs).data))

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.AIModelDetailSerializer
        return super().get_serializer_class()

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        matches = getattr(getattr(self, "filterset", None), "term_matches", None)
        if page is not None and matches is not None:
            # A term filter was asked: each model names the channels it matched on (for this page's models only).
            described = describe_matches({model.pk: matches[model.pk] for model in page})
            for model in page:
                model.matching_channels = described[model.pk]
        return page

    def get_object(self):
        instance = super().get_object()
        if self.action == "retrieve":
            instance.updated = build_model_facts(instance).updated
        return instance

    def _reload(self, serializer):
        # The response shows the annotated record (its flag count), as the list does.
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)

    def perform_create(self, serializer):
        super().perform_create(serializer)
        self._reload(serializer)

    def perform_update(self, serializer):
        super().perform_update(serializer)
        self._reload(serializer)


class ChannelViewSet(RegisterModelViewSet):
    queryset = Channel.objects.all()
    serializer_class = serializers.ChannelSerializer
    filterset_class = filtersets.ChannelFilterSet
    ordering_fields = ["name", "weight"]


class DataAttributeViewSet(RegisterModelViewSet):
    queryset = DataAttribute.objects.all()
    serializer_class = serializers.DataAttributeSerializer
    filterset_class = make_filterset(DataAttribute, ("name", "description"))


class DataTermViewSet(RegisterModelViewSet):
    queryset = DataTerm.objects.select_related("vendor", "model", "channel", "attribute", "source")
    serializer_class = serializers.DataTermSerializer
    filterset_class = filtersets.DataTermFilterSet


class CertificationViewSet(RegisterModelViewSet):
    queryset = Certification.objects.select_related("vendor", "source")
    serializer_class = serializers.CertificationSerializer
    filterset_class = make_filterset(Certification, ("name", "scope", "issuer"), vendor="vendor__slug")


class UseRestrictionViewSet(RegisterModelViewSet):
    queryset = UseRestriction.objects.select_related("vendor", "model", "source")
    serializer_class = serializers.UseRestrictionSerializer
    filterset_class = make_filterset(UseRestriction, ("text",), **HOLDER_FILTERS)


class SafetyDocumentViewSet(RegisterModelViewSet):
    queryset = SafetyDocument.objects.select_related("vendor", "model", "source")
    serializer_class = serializers.SafetyDocumentSerializer
    filterset_class = make_filterset(SafetyDocument, ("title", "summary"), **HOLDER_FILTERS)


class SafetyEvaluationViewSet(RegisterModelViewSet):
    queryset = SafetyEvaluation.objects.select_related("model", "source")
    serializer_class = serializers.SafetyEvaluationSerializer
    filterset_class = make_filterset(SafetyEvaluation, ("name", "condition"), model="model__slug")


class ComplianceFlagViewSet(RegisterModelViewSet):
    queryset = ComplianceFlag.objects.select_related("vendor", "model", "source")
    serializer_class = serializers.ComplianceFlagSerializer
    filterset_class = make_filterset(
        ComplianceFlag, ("title", "description"), **HOLDER_FILTERS, status="status", severity="severity",
        category="category",
    )
    ordering_fields = ["opened", "resolved", "severity", "status"]


class ModelAvailabilityViewSet(RegisterModelViewSet):
    queryset = ModelAvailability.objects.select_related("model", "channel", "source")
    serializer_class = serializers.ModelAvailabilitySerializer
    filterset_class = make_filterset(ModelAvailability, ("note",), model="model__slug", channel="channel__slug")


class ContinuityLinkViewSet(RegisterModelViewSet):
    queryset = ContinuityLink.objects.select_related("from_model", "to_model", "source")
    serializer_class = serializers.ContinuityLinkSerializer
    filterset_class = make_filterset(
        ContinuityLink, ("rationale",), from_model="from_model__slug", to_model="to_model__slug", kind="kind"
    )

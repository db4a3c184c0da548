from airegister.core.api.viewsets import ReadOnlyRegisterViewSet, RegisterModelViewSet, make_filterset

from ..models import Control, Framework, FrameworkClause, Playbook
from ..services import with_coverage_counts
from . import serializers

APPLICABILITY_FILTERS = {"applies_to": "applies_to"}


class FrameworkViewSet(ReadOnlyRegisterViewSet):
    """Framework references, loaded from the framework library (`airegister load-catalog`)."""

    queryset = with_coverage_counts(Framework.objects.all())
    serializer_class = serializers.FrameworkSerializer
    filterset_class = make_filterset(Framework, ("name", "urn", "publisher", "description"))
    ordering_fields = ["name", "weight"]


class FrameworkClauseViewSet(ReadOnlyRegisterViewSet):
    queryset = FrameworkClause.objects.select_related("framework").prefetch_related("controls")
    serializer_class = serializers.FrameworkClauseSerializer
    filterset_class = make_filterset(
        FrameworkClause, ("ref_id", "urn", "title"), framework="framework__slug", group="group",
        control="controls__slug", urn="urn",
    )
    ordering_fields = ["ref_id", "weight"]


class ControlViewSet(RegisterModelViewSet):
    queryset = Control.objects.prefetch_related("clauses__framework")
    serializer_class = serializers.ControlSerializer
    filterset_class = make_filterset(
        Control, ("name", "ref_id", "description", "objective"), category="category",
        clause="clauses__urn", **APPLICABILITY_FILTERS
    )
    ordering_fields = ["name", "weight", "ref_id"]


class PlaybookViewSet(RegisterModelViewSet):
    queryset = Playbook.objects.prefetch_related("related_controls")
    serializer_class = serializers.PlaybookSerializer
    filterset_class = make_filterset(
        Playbook, ("question", "summary", "steps"), control="related_controls__slug", **APPLICABILITY_FILTERS
    )
    ordering_fields = ["question", "weight"]

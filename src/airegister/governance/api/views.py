from airegister.core.api.viewsets import RegisterModelViewSet, make_filterset

from ..models import Control, Playbook
from . import serializers

APPLICABILITY_FILTERS = {"applies_to": "applies_to"}


class ControlViewSet(RegisterModelViewSet):
    queryset = Control.objects.all()
    serializer_class = serializers.ControlSerializer
    filterset_class = make_filterset(
        Control, ("name", "ref_id", "description", "objective"), category="category", **APPLICABILITY_FILTERS
    )
    ordering_fields = ["name", "weight", "ref_id"]


class PlaybookViewSet(RegisterModelViewSet):
    queryset = Playbook.objects.prefetch_related("related_controls")
    serializer_class = serializers.PlaybookSerializer
    filterset_class = make_filterset(
        Playbook, ("question", "summary", "steps"), control="related_controls__slug", **APPLICABILITY_FILTERS
    )
    ordering_fields = ["question", "weight"]

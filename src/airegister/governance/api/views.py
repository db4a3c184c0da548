from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers as drf_serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from airegister.core.api.viewsets import ReadOnlyRegisterViewSet, RegisterModelViewSet, make_filterset
from airegister.core.permissions import USE_CASE_EDITORS, RolePermission

from ..filtersets import AssessmentFilterSet
from ..models import Assessment, Control, Framework, FrameworkClause, Playbook
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


TRANSITION_RESPONSES = {
    200: serializers.AssessmentSerializer,
    400: OpenApiResponse(
        OpenApiTypes.OBJECT,
        description="Refused, with the reasons under `detail`: a question unanswered, no risk rating, not "
        "completed yet, or signed off by the assessor.",
    ),
}


class AssessmentViewSet(RegisterModelViewSet):
    """Assessments: drafts are created and answered here; `complete` schedules the next review by the risk rating,
    `sign-off` records the reviewer (someone other than the assessor)."""

    queryset = Assessment.objects.select_related("control", "subject_type", "assessor", "reviewer").prefetch_related(
        "evidence"
    )
    serializer_class = serializers.AssessmentSerializer
    filterset_class = AssessmentFilterSet
    permission_classes = [RolePermission]
    edit_roles = USE_CASE_EDITORS
    ordering_fields = ["last_updated", "next_due", "completed_on"]

    def perform_create(self, serializer):
        with self.attributed():
            self._saved_instance = serializer.save(assessor=self.request.user)

    def _transition(self, request, change):
        """`change(assessment, expected_last_updated)`: a stale If-Match (or body `last_updated`) changes nothing."""
        assessment = self.get_object()
        self.check_if_match(assessment)
        try:
            with self.precondition(), self.attributed():
                change(assessment, self.expected_version())
        except ValidationError as exc:
            raise drf_serializers.ValidationError({"detail": exc.messages}) from exc
        self._saved_instance = assessment
        response = Response(self.get_serializer(assessment).data)
        self._set_etag(response)
        return response

    @extend_schema(request=None, responses=TRANSITION_RESPONSES)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        return self._transition(request, lambda a, version: a.complete(request.user, expected_last_updated=version))

    @extend_schema(request=None, responses=TRANSITION_RESPONSES)
    @action(detail=True, methods=["post"], url_path="sign-off")
    def sign_off(self, request, pk=None):
        return self._transition(request, lambda a, version: a.sign_off(request.user, expected_last_updated=version))

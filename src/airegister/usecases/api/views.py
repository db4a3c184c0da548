from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from airegister.core.api.viewsets import RegisterModelViewSet, make_filterset
from airegister.core.permissions import POLICY_EDITORS, USE_CASE_EDITORS, RolePermission
from airegister.requirements.api.serializers import CheckOptionSerializer
from airegister.requirements.facts import option_json

from ..continuity import DEFAULT_DAYS, plan_continuity
from ..csvimport import import_use_cases
from ..filtersets import UseCaseFilterSet
from ..models import DataClass, Region, UseCase
from ..services import live_result, live_results, prefetched
from . import serializers


class CSVParser(BaseParser):
    """A CSV file sent as the request body (Content-Type: text/csv)."""

    media_type = "text/csv"

    def parse(self, stream, media_type=None, parser_context=None):
        return {"csv": stream.read() if stream is not None else b""}


class DataClassViewSet(RegisterModelViewSet):
    queryset = DataClass.objects.prefetch_related("parents")
    serializer_class = serializers.DataClassSerializer
    filterset_class = make_filterset(DataClass, ("name", "description"))
    permission_classes = [RolePermission]
    edit_roles = POLICY_EDITORS


class RegionViewSet(RegisterModelViewSet):
    queryset = Region.objects.prefetch_related("parents")
    serializer_class = serializers.RegionSerializer
    filterset_class = make_filterset(Region, ("name", "code", "description"))
    permission_classes = [RolePermission]
    edit_roles = POLICY_EDITORS


class UseCaseViewSet(RegisterModelViewSet):
    queryset = prefetched(UseCase.objects.all())
    serializer_class = serializers.UseCaseSerializer
    filterset_class = UseCaseFilterSet
    permission_classes = [RolePermission]
    edit_roles = USE_CASE_EDITORS
    ordering_fields = ["name", "owner", "status", "last_updated"]

    def get_serializer(self, *args, **kwargs):
        # The live verdict of the records being shown, computed with one read of the catalog.
        records = args[0] if args else kwargs.get("instance")
        if records is not None and self.request is not None and self.request.method == "GET":
            many = list(records) if kwargs.get("many") else [records]
            kwargs.setdefault("context", self.get_serializer_context())["live"] = live_results(many)
        return super().get_serializer(*args, **kwargs)

    @extend_schema(responses=CheckOptionSerializer, filters=False)
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def check(self, request, slug=None):
        """The use case's requirement check now: its model × channel, rule by rule, with facts and excerpts."""
        live = live_result(self.get_object())
        if live.option is None:
            return Response({"detail": "No model is recorded for this use case."}, status=status.HTTP_404_NOT_FOUND)
        return Response(option_json(live.index, live.option))

    @extend_schema(
        request={"text/csv": {"type": "string", "format": "binary"}, "multipart/form-data": {
            "type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}},
        responses={201: serializers.ImportResultSerializer, 400: OpenApiResponse(description="Per-row errors.")},
        filters=False,
    )
    @action(detail=False, methods=["post"], url_path="import", parser_classes=[MultiPartParser, CSVParser],
            pagination_class=None, filter_backends=[])
    def import_csv(self, request):
        """Create or update use cases from CSV (see the use-case import page for the columns). Every row is
        checked first; on any error nothing is stored and the response lists the errors by row."""
        upload = request.FILES.get("file")
        data = upload.read() if upload is not None else request.data.get("csv")
        if not data:
            message = "Send the CSV as the request body (Content-Type: text/csv) or as the multipart field “file”."
            return Response({"file": [message]}, status=status.HTTP_400_BAD_REQUEST)
        with self.attributed():
            result = import_use_cases(data)
        if not result.ok:
            return Response({"errors": result.errors}, status=status.HTTP_400_BAD_REQUEST)
        data = {"created": [u.slug for u in result.created], "updated": [u.slug for u in result.updated]}
        return Response(data, status=status.HTTP_201_CREATED)


class ContinuityView(APIView):
    """Models at risk (withdrawn, retired, deprecated, retiring within `days`, or flagged), the live use cases on
    them, and each use case's continuity options with gains and losses."""

    permission_classes = [RolePermission]

    def get_view_name(self):
        return "Continuity planning"

    @extend_schema(
        parameters=[OpenApiParameter("days", int, description=f"Retiring within (default {DEFAULT_DAYS})")],
        responses={200: {"type": "array", "items": {"type": "object"}}},
    )
    def get(self, request):
        raw = request.query_params.get("days", str(DEFAULT_DAYS))
        if not raw.isdigit() or not 1 <= int(raw) <= 3650:
            return Response({"days": ["A whole number of days from 1 to 3650."]}, status=status.HTTP_400_BAD_REQUEST)
        models = plan_continuity(days=int(raw))
        return Response([self.model_json(entry) for entry in models])

    @staticmethod
    def model_json(entry) -> dict:
        plans = []
        for plan in entry.plans:
            plans.append({
                "use_case": plan.use_case.slug,
                "current": {"model": plan.current.model.slug,
                            "channel": plan.current.channel.slug if plan.current.channel else None,
                            "verdict": plan.current.verdict},
                "options": [
                    {
                        "model": item.option.model.slug,
                        "channel": item.option.channel.slug,
                        "verdict": item.option.verdict,
                        "link": item.link.kind if item.link else None,
                        "rationale": item.link.rationale if item.link else "",
                        "gains": item.comparison.gains,
                        "losses": item.comparison.losses,
                        "notes": item.comparison.notes,
                    }
                    for item in plan.options
                ],
            })
        return {
            "model": entry.model.slug,
            "risks": [{"kind": r.kind, "label": r.label} for r in entry.risks],
            "use_cases": plans,
        }

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from airegister.core.api.viewsets import ReadOnlyRegisterViewSet, RegisterModelViewSet, make_filterset
from airegister.core.permissions import POLICY_EDITORS, RolePermission

from ..engine import WorkloadError, build_workload, run_check
from ..facts import check_json
from ..models import ProfileVersion, RequirementProfile, Rule
from ..versioning import versioning_batch
from . import serializers

PLURAL = {"data_class": "data_classes", "region": "regions", "capability": "capabilities"}


class VersionedViewSet(RegisterModelViewSet):
    """Each write is one edit: it makes at most one new profile version."""

    permission_classes = [RolePermission]
    edit_roles = POLICY_EDITORS

    def perform_create(self, serializer):
        with versioning_batch():
            super().perform_create(serializer)

    def perform_update(self, serializer):
        with versioning_batch():
            super().perform_update(serializer)

    def perform_destroy(self, instance):
        with versioning_batch():
            super().perform_destroy(instance)


class RequirementProfileViewSet(VersionedViewSet):
    queryset = RequirementProfile.objects.all()
    serializer_class = serializers.RequirementProfileSerializer
    filterset_class = make_filterset(RequirementProfile, ("name", "description"))


class RuleViewSet(VersionedViewSet):
    queryset = Rule.objects.select_related("profile", "data_class", "region", "attribute", "fallback_attribute")
    serializer_class = serializers.RuleSerializer
    filterset_class = make_filterset(Rule, ("name", "key", "description"), profile="profile__slug", kind="kind")


class ProfileVersionViewSet(ReadOnlyRegisterViewSet):
    queryset = ProfileVersion.objects.select_related("profile")
    serializer_class = serializers.ProfileVersionSerializer
    filterset_class = make_filterset(ProfileVersion, ("message",), profile="profile__slug")
    permission_classes = [RolePermission]


def _list(value) -> list:
    """Comma-separated strings split; anything else left for the serializer to refuse by name."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        out += [v.strip() for v in item.split(",") if v.strip()] if isinstance(item, str) else [item]
    return out


class CheckView(APIView):
    """Which model × channel combinations meet the requirement profile for a workload, ranked: every pass
    first, then the fewest unknown rules. Each option lists every rule's result with its fact and excerpt."""

    permission_classes = [RolePermission]
    read_only_post = True  # a check changes nothing: any reader may POST one

    def get_view_name(self):
        return "Requirement check"

    @extend_schema(
        parameters=[
            OpenApiParameter(name, str, many=True, description=f"{name} (repeat or comma-separate)")
            for name in ("data_classes", "regions", "capabilities")
        ] + [OpenApiParameter("profile", str), OpenApiParameter("verdict", str)],
        responses={200: serializers.CheckOptionSerializer(many=True)},
    )
    def get(self, request):
        data = {name: request.query_params.getlist(name) for name in ("data_classes", "regions", "capabilities")}
        for name in ("profile", "verdict"):
            if name in request.query_params:
                data[name] = request.query_params[name]
        return self.respond(data)

    @extend_schema(
        request=serializers.CheckRequestSerializer, responses={200: serializers.CheckOptionSerializer(many=True)}
    )
    def post(self, request):
        return self.respond(request.data if isinstance(request.data, dict) else {})

    def respond(self, data):
        for name in ("data_classes", "regions", "capabilities"):
            if name in data:
                data[name] = _list(data[name])
        request = serializers.CheckRequestSerializer(data=data)
        request.is_valid(raise_exception=True)
        params = request.validated_data
        if not any(params.get(k) for k in ("data_classes", "regions", "capabilities")):
            message = "Give at least one of data_classes, regions or capabilities."
            return Response({"non_field_errors": [message]}, status=status.HTTP_400_BAD_REQUEST)
        try:
            workload = build_workload(
                params.get("data_classes", []), params.get("regions", []), params.get("capabilities", [])
            )
        except WorkloadError as exc:
            return Response({PLURAL[exc.field]: [str(exc)]}, status=status.HTTP_400_BAD_REQUEST)
        profiles = {p.slug: p for p in RequirementProfile.objects.all()}
        if not profiles:
            message = "No requirement profile is recorded; an administrator can load the defaults."
            return Response({"profile": [message]}, status=status.HTTP_400_BAD_REQUEST)
        profile = None
        if params.get("profile"):
            profile = profiles.get(params["profile"])
            if profile is None:
                message = f"unknown profile {params['profile']!r}; valid: {', '.join(profiles)}"
                return Response({"profile": [message]}, status=status.HTTP_400_BAD_REQUEST)
        check = run_check(workload, profile)
        if params.get("verdict"):
            check.options = [o for o in check.options if o.verdict == params["verdict"]]
        return Response(check_json(check))

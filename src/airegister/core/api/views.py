from collections import OrderedDict

from django.urls import NoReverseMatch, reverse
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from ..models import ObjectChange
from .serializers import ObjectChangeSerializer
from .viewsets import ReadOnlyRegisterViewSet


class APIRootView(APIView):
    """Lists the API's sections."""

    def get_view_name(self):
        return "AI Register API"

    @extend_schema(
        responses={200: {"type": "object", "additionalProperties": {"type": "string", "format": "uri"}}},
        description="The API's sections and the address of its OpenAPI schema.",
    )
    def get(self, request, format=None):
        sections = OrderedDict()
        for name in ("catalog", "governance", "sources", "usecases", "requirements", "core"):
            try:
                sections[name] = request.build_absolute_uri(reverse(f"api:{name}-api:api-root"))
            except NoReverseMatch:
                continue
        sections["schema"] = request.build_absolute_uri(reverse("api-schema"))
        return Response(sections)


class ObjectChangeViewSet(ReadOnlyRegisterViewSet):
    queryset = ObjectChange.objects.select_related("changed_object_type", "related_object_type")
    serializer_class = ObjectChangeSerializer
    filterset_fields = ["action", "user_name", "changed_object_id", "related_object_id"]
    ordering_fields = ["time"]

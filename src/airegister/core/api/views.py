from collections import OrderedDict

from django.urls import NoReverseMatch, get_resolver, reverse
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
        # Every app's API namespace with a root of its own, found in the URL configuration rather than listed
        # here: a section added later (webhooks was missed once) is listed without touching this view.
        sections = OrderedDict()
        for namespace in sorted(get_resolver().namespace_dict["api"][1].namespace_dict):
            try:
                url = reverse(f"api:{namespace}:api-root")
            except NoReverseMatch:
                continue  # routes merged into another section (the profiles' under catalog/)
            sections[namespace.removesuffix("-api")] = request.build_absolute_uri(url)
        sections["schema"] = request.build_absolute_uri(reverse("api-schema"))
        return Response(sections)


class ObjectChangeViewSet(ReadOnlyRegisterViewSet):
    queryset = ObjectChange.objects.select_related("changed_object_type", "related_object_type")
    serializer_class = ObjectChangeSerializer
    filterset_fields = ["action", "user_name", "changed_object_id", "related_object_id"]
    ordering_fields = ["time"]

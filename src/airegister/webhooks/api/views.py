from rest_framework.permissions import BasePermission

from airegister.core.api.viewsets import ReadOnlyRegisterViewSet, RegisterModelViewSet, make_filterset
from airegister.core.permissions import POLICY_EDITORS, has_role

from ..models import WebhookDelivery, WebhookEndpoint
from . import serializers


class AdminOnly(BasePermission):
    """Endpoints hold secrets and deliveries say what the register told whom: administrators only, reading too."""

    def has_permission(self, request, view):
        return has_role(request.user, POLICY_EDITORS)


class WebhookEndpointViewSet(RegisterModelViewSet):
    queryset = WebhookEndpoint.objects.all()
    serializer_class = serializers.WebhookEndpointSerializer
    filterset_class = make_filterset(WebhookEndpoint, ("name", "url"), enabled="enabled")
    permission_classes = [AdminOnly]
    ordering_fields = ["name", "last_updated"]


class WebhookDeliveryViewSet(ReadOnlyRegisterViewSet):
    queryset = WebhookDelivery.objects.all()
    serializer_class = serializers.WebhookDeliverySerializer
    filterset_class = make_filterset(
        WebhookDelivery, ("event_type", "last_error"), endpoint="endpoint", status="status", event_type="event_type"
    )
    permission_classes = [AdminOnly]
    ordering_fields = ["created", "next_attempt_at"]

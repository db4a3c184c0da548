from rest_framework import serializers

from airegister.core.api.serializers import APIURLMixin, RegisterModelSerializer

from ..choices import EventTypeChoices
from ..models import WebhookDelivery, WebhookEndpoint


class WebhookEndpointSerializer(RegisterModelSerializer):
    view_name = "api:webhooks-api:endpoint-detail"
    event_types = serializers.MultipleChoiceField(choices=EventTypeChoices.choices(), required=False)
    # Write-only: an endpoint's secret is set and replaced, never read back.
    secret = serializers.CharField(write_only=True, max_length=200)
    # `url` is the record's API address, as everywhere in the API; the endpoint's own address is `target`.
    target = serializers.URLField(source="url", max_length=500)

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "url", "name", "target", "secret", "event_types", "enabled", "created", "last_updated"]

    def to_internal_value(self, data):
        values = super().to_internal_value(data)
        if "event_types" in values:
            # Stored as a list in the choices' order: the same set always serializes the same way.
            values["event_types"] = [v for v in EventTypeChoices.values() if v in values["event_types"]]
        return values

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["event_types"] = list(instance.event_types or [])
        return data


class WebhookDeliverySerializer(APIURLMixin, serializers.ModelSerializer):
    view_name = "api:webhooks-api:delivery-detail"
    endpoint = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id", "url", "endpoint", "event_type", "payload", "status", "attempts", "created", "next_attempt_at",
            "last_attempt_at", "last_response_code", "last_error", "delivered_at",
        ]

from rest_framework import serializers

from ..models import ObjectChange


class ObjectChangeSerializer(serializers.ModelSerializer):
    object_type = serializers.SerializerMethodField()
    diff = serializers.SerializerMethodField()

    class Meta:
        model = ObjectChange
        fields = [
            "id", "time", "user_name", "request_id", "action", "object_type", "changed_object_id",
            "object_repr", "message", "prechange_data", "postchange_data", "diff",
        ]

    def get_object_type(self, obj) -> str:
        return f"{obj.changed_object_type.app_label}.{obj.changed_object_type.model}"

    def get_diff(self, obj) -> list[dict]:
        return obj.diff()

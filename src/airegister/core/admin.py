"""The change log in the admin: readable, never editable (the register's history pages are its main view)."""

from django.contrib import admin

from .admin_base import ReadOnlyAdmin
from .models import APIToken, ObjectChange


@admin.register(ObjectChange)
class ObjectChangeAdmin(ReadOnlyAdmin):
    list_display = ("time", "user_name", "token_name", "action", "changed_object_type", "object_repr", "message")
    list_filter = ("action", "changed_object_type", "user_name")
    search_fields = ("object_repr", "message", "user_name")
    date_hierarchy = "time"
    list_select_related = ("changed_object_type",)
    readonly_fields = [field.name for field in ObjectChange._meta.fields]


@admin.register(APIToken)
class APITokenAdmin(admin.ModelAdmin):
    """Listed and revoked here too; created only where the token can be shown once (the tokens page, the command)."""

    list_display = ("name", "user", "created", "last_used", "expiry")
    list_filter = ("user",)
    search_fields = ("name", "user__username")
    fields = ("name", "user", "created", "last_used", "expiry")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

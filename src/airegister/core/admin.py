"""The change log in the admin: readable, never editable (the register's history pages are its main view)."""

from django.contrib import admin

from .admin_base import ReadOnlyAdmin
from .models import ObjectChange


@admin.register(ObjectChange)
class ObjectChangeAdmin(ReadOnlyAdmin):
    list_display = ("time", "user_name", "action", "changed_object_type", "object_repr", "message")
    list_filter = ("action", "changed_object_type", "user_name")
    search_fields = ("object_repr", "message", "user_name")
    date_hierarchy = "time"
    list_select_related = ("changed_object_type",)
    readonly_fields = [field.name for field in ObjectChange._meta.fields]

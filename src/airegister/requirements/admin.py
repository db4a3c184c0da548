"""Back-office editing of requirement profiles and their rules (administrators). One save of the profile form,
rules included, is one new profile version."""

from django import forms
from django.contrib import admin
from django.db import models

from airegister.core.admin_base import ReadOnlyAdmin, RegisterModelAdmin, RegisterStackedInline
from airegister.core.permissions import POLICY_EDITORS, RoleAdminMixin, has_role

from .models import ProfileVersion, RequirementProfile, Rule
from .versioning import versioning_batch


class RuleInline(RegisterStackedInline):
    model = Rule
    # Grouped in rows as a rule reads: its name, when it applies, what it checks, the fallback.
    fields = (
        ("key", "name", "weight"),
        ("data_class", "region"),
        ("kind", "attribute", "expected"),
        ("fallback_attribute", "fallback_expected", "fallback_reason"),
        ("severity", "statuses"),
        "description",
    )
    autocomplete_fields = ("attribute", "fallback_attribute")
    formfield_overrides = {
        models.JSONField: {"widget": forms.TextInput(attrs={"size": 30, "placeholder": '["active"]'})},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 90})},
    }

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def has_add_permission(self, request, obj=None):
        return has_role(request.user, POLICY_EDITORS)

    def has_change_permission(self, request, obj=None):
        return has_role(request.user, POLICY_EDITORS)

    def has_delete_permission(self, request, obj=None):
        return has_role(request.user, POLICY_EDITORS)


@admin.register(RequirementProfile)
class RequirementProfileAdmin(RoleAdminMixin, RegisterModelAdmin):
    list_display = ("name", "slug", "is_default", "last_updated")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [RuleInline]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        with versioning_batch():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        with versioning_batch():
            return super().delete_view(request, object_id, extra_context)


@admin.register(ProfileVersion)
class ProfileVersionAdmin(RoleAdminMixin, ReadOnlyAdmin):
    list_display = ("profile", "number", "created", "user_name", "message")
    list_filter = ("profile",)
    readonly_fields = ("profile", "number", "created", "user_name", "message", "data")

    def has_add_permission(self, request, *args):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

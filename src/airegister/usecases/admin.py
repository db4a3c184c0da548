"""Back-office editing of use cases (editors) and of the data-class and region vocabularies (administrators)."""

from django.contrib import admin

from airegister.core.admin_base import RegisterModelAdmin
from airegister.core.permissions import POLICY_EDITORS, USE_CASE_EDITORS, RoleAdminMixin

from .models import DataClass, Region, UseCase


class VocabularyAdmin(RoleAdminMixin, RegisterModelAdmin):
    edit_roles = POLICY_EDITORS
    list_display = ("name", "slug", "weight", "implies")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("parents",)

    @admin.display(description="Implies")
    def implies(self, obj):
        return ", ".join(p.name for p in obj.parents.all()) or "—"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("parents")


@admin.register(DataClass)
class DataClassAdmin(VocabularyAdmin):
    pass


@admin.register(Region)
class RegionAdmin(VocabularyAdmin):
    list_display = ("name", "slug", "code", "weight", "implies")


@admin.register(UseCase)
class UseCaseAdmin(RoleAdminMixin, RegisterModelAdmin):
    edit_roles = USE_CASE_EDITORS
    list_display = ("name", "owner", "status", "model", "channel", "profile")
    list_filter = ("status", "profile")
    search_fields = ("name", "owner", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("model", "channel")
    filter_horizontal = ("data_classes", "regions")
    readonly_fields = ("reviewed_at", "reviewed_verdict")

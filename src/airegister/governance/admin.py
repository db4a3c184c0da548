from django.contrib import admin

from airegister.core.admin_base import RegisterModelAdmin

from .models import Control, Playbook

APPLICABILITY_FIELDSET = (
    "Applies to",
    {
        "fields": ("applies_to", "applies_value"),
        "description": "A rule selects the models this applies to; there is no hand-kept list of models.",
    },
)


@admin.register(Control)
class ControlAdmin(RegisterModelAdmin):
    list_display = ("name", "ref_id", "category", "applies_to", "review_interval_days", "weight")
    list_filter = ("category", "applies_to")
    search_fields = ("name", "ref_id", "description", "objective")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "ref_id", "category", "description", "objective", "weight")}),
        ("Review", {"fields": ("review_interval_days", "framework_mappings")}),
        APPLICABILITY_FIELDSET,
    )


@admin.register(Playbook)
class PlaybookAdmin(RegisterModelAdmin):
    list_display = ("question", "applies_to", "weight")
    list_filter = ("applies_to",)
    search_fields = ("question", "summary", "steps")
    prepopulated_fields = {"slug": ("question",)}
    autocomplete_fields = ("related_controls",)
    fieldsets = (
        (None, {"fields": ("question", "slug", "summary", "steps", "related_controls", "weight")}),
        APPLICABILITY_FIELDSET,
    )

from django.contrib import admin

from airegister.core.admin_base import RegisterModelAdmin, RegisterTabularInline
from airegister.core.permissions import POLICY_EDITORS, RoleAdminMixin

from .models import Assessment, Control, Framework, FrameworkClause, Playbook, ReviewInterval

APPLICABILITY_FIELDSET = (
    "Applies to",
    {
        "fields": ("applies_to", "applies_value"),
        "description": "A rule selects the models this applies to; there is no hand-kept list of models.",
    },
)


@admin.register(Control)
class ControlAdmin(RegisterModelAdmin):
    list_display = ("name", "ref_id", "category", "applies_to", "version", "weight")
    list_filter = ("category", "applies_to")
    search_fields = ("name", "ref_id", "description", "objective")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("clauses",)
    fieldsets = (
        (None, {"fields": ("name", "slug", "urn", "version", "ref_id", "category", "description", "objective",
                           "weight")}),
        ("Framework clauses and questionnaire", {"fields": ("clauses", "questionnaire")}),
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


class FrameworkClauseInline(RegisterTabularInline):
    model = FrameworkClause
    fields = ("ref_id", "urn", "group", "title", "weight")
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(RegisterModelAdmin):
    list_display = ("name", "edition", "version", "publisher", "weight")
    search_fields = ("name", "urn", "publisher")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [FrameworkClauseInline]


@admin.register(FrameworkClause)
class FrameworkClauseAdmin(RegisterModelAdmin):
    list_display = ("ref_id", "framework", "group", "title")
    list_filter = ("framework",)
    search_fields = ("ref_id", "urn", "title", "framework__name")


@admin.register(ReviewInterval)
class ReviewIntervalAdmin(RoleAdminMixin, RegisterModelAdmin):
    """How often each risk rating is reviewed: administrators only."""

    edit_roles = POLICY_EDITORS
    list_display = ("risk_rating", "days")


@admin.register(Assessment)
class AssessmentAdmin(RoleAdminMixin, RegisterModelAdmin):
    """Back-office view of assessments; they are made on the assessment pages. Administrators may correct them."""

    edit_roles = POLICY_EDITORS
    list_display = ("__str__", "status", "risk_rating", "completed_on", "next_due", "superseded")
    list_filter = ("status", "risk_rating", "control")
    search_fields = ("subject_name", "control__name")
    readonly_fields = ("control", "subject_type", "subject_id", "subject_name", "control_version", "assessor",
                       "reviewer", "signed_off_at")

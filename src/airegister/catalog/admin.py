"""Back-office editing of the catalog (editors). Every save is change-logged and version-checked
(see core/admin_base.py); the register's own pages are where the catalog is read."""

from django.contrib import admin
from django.core.exceptions import ValidationError

from airegister.core.admin_base import RegisterInlineForm, RegisterModelAdmin, RegisterTabularInline

from .models import (
    AIModel,
    Certification,
    Channel,
    ComplianceFlag,
    ContinuityLink,
    DataAttribute,
    DataTerm,
    ModelAvailability,
    SafetyDocument,
    SafetyEvaluation,
    UseRestriction,
    Vendor,
)

CITED = ("source", "source_date", "source_excerpt")
CITED_FIELDSET = ("Source", {"fields": CITED, "classes": ["collapse"]})


# Inlines on the vendor page: the vendor's own facts, which every model of the vendor inherits.


class VendorLevelInline(RegisterTabularInline):
    """Only the vendor-level records (no model); model-level ones are edited on the model."""

    exclude = ("model",)

    def get_queryset(self, request):
        return super().get_queryset(request).filter(model__isnull=True)


class VendorDataTermInline(VendorLevelInline):
    model = DataTerm
    fields = ("attribute", "channel", "value", "retention", "retention_days", "regions", "statement")
    autocomplete_fields = ("attribute", "channel")
    verbose_name = "data-handling term (inherited by every model of the vendor)"
    verbose_name_plural = "data-handling terms (inherited by every model of the vendor)"


class CertificationInline(RegisterTabularInline):
    model = Certification
    fields = ("name", "scope", "issuer", "valid_until", "evidence_url")


class VendorUseRestrictionInline(VendorLevelInline):
    model = UseRestriction
    fields = ("text", "weight")


class VendorSafetyDocumentInline(VendorLevelInline):
    model = SafetyDocument
    fields = ("title", "url", "summary", "weight")


# Inlines on the model page: what only this model has.


class ModelFactInlineForm(RegisterInlineForm):
    """A model's own fact belongs to the model's vendor, which must therefore be recorded."""

    def clean(self):
        cleaned = super().clean()
        model = self.instance.model if self.instance.model_id else None
        if self.has_changed() and model is not None and model.vendor_id is None:
            raise ValidationError("Record this model's vendor first: every fact belongs to a vendor.")
        return cleaned


class ModelDataTermInline(RegisterTabularInline):
    model = DataTerm
    form = ModelFactInlineForm
    fk_name = "model"
    fields = ("attribute", "channel", "value", "retention", "retention_days", "regions", "statement")
    autocomplete_fields = ("attribute", "channel")
    verbose_name = "data-handling term of this model (overrides the vendor's)"
    verbose_name_plural = "data-handling terms of this model (override the vendor's)"


class ModelAvailabilityInline(RegisterTabularInline):
    model = ModelAvailability
    fields = ("channel", "note")
    autocomplete_fields = ("channel",)


class SafetyEvaluationInline(RegisterTabularInline):
    model = SafetyEvaluation
    fields = ("name", "value", "unit", "margin", "condition")


class ContinuityForInline(RegisterTabularInline):
    model = ContinuityLink
    fk_name = "to_model"
    fields = ("from_model", "kind", "rationale")
    autocomplete_fields = ("from_model",)
    verbose_name = "model this one is the successor or continuity option for"
    verbose_name_plural = "models this one is the successor or continuity option for"


class ContinuityOptionInline(RegisterTabularInline):
    model = ContinuityLink
    fk_name = "from_model"
    fields = ("to_model", "kind", "rationale")
    autocomplete_fields = ("to_model",)
    verbose_name = "successor or continuity option of this model"
    verbose_name_plural = "successors or continuity options of this model"


@admin.register(Vendor)
class VendorAdmin(RegisterModelAdmin):
    list_display = ("name", "slug", "is_third_party", "website", "last_updated")
    list_filter = ("is_third_party",)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [VendorDataTermInline, CertificationInline, VendorUseRestrictionInline, VendorSafetyDocumentInline]


@admin.register(AIModel)
class AIModelAdmin(RegisterModelAdmin):
    list_display = ("name", "vendor", "tier", "lifecycle_status", "release_date", "last_updated")
    list_filter = ("vendor", "tier", "lifecycle_status")
    search_fields = ("name", "slug", "family", "vendor__name")
    list_select_related = ("vendor",)
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("vendor", "source")
    fieldsets = (
        (None, {"fields": ("vendor", "name", "slug", "family", "version_label", "tier", "aliases")}),
        ("Lifecycle", {"fields": (
            "release_date", "lifecycle_status", "announcement_date", "deprecation_date", "retirement_date",
        )}),
        ("Availability and capabilities", {"fields": (
            "availability_summary", "capability_notes", "input_modalities", "output_modalities", "knowledge_cutoff",
            "training_data_cutoff", "context_window", "parameters", "license", "safety_level",
        )}),
        ("Enterprise guidance", {"fields": ("enterprise_guidance",)}),
        ("Source", {"fields": (*CITED, "evidence"), "classes": ["collapse"]}),
    )
    inlines = [
        ModelAvailabilityInline, ModelDataTermInline, SafetyEvaluationInline, ContinuityForInline,
        ContinuityOptionInline,
    ]


@admin.register(Channel)
class ChannelAdmin(RegisterModelAdmin):
    list_display = ("name", "kind", "operator", "weight", "last_updated")
    list_filter = ("kind",)
    search_fields = ("name", "slug", "operator")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(DataAttribute)
class DataAttributeAdmin(RegisterModelAdmin):
    list_display = ("name", "slug", "headline", "detail", "weight")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(DataTerm)
class DataTermAdmin(RegisterModelAdmin):
    list_display = ("__str__", "vendor", "model", "channel", "attribute", "value", "last_updated")
    list_filter = ("vendor", "channel", "attribute", "value")
    search_fields = ("statement", "vendor__name", "model__name", "channel__name", "attribute__name")
    list_select_related = ("vendor", "model", "channel", "attribute")
    autocomplete_fields = ("vendor", "model", "channel", "attribute", "source")
    fieldsets = (
        (None, {
            "fields": ("vendor", "model", "channel", "attribute"),
            "description": "Leave the model empty for a vendor-level term, which every model of the vendor "
            "inherits; leave the channel empty for a term that holds on every channel.",
        }),
        ("Term", {"fields": ("value", "retention", "retention_days", "regions", "statement")}),
        CITED_FIELDSET,
    )


@admin.register(Certification)
class CertificationAdmin(RegisterModelAdmin):
    list_display = ("name", "vendor", "issuer", "valid_until")
    list_filter = ("vendor",)
    search_fields = ("name", "scope", "issuer", "vendor__name")
    autocomplete_fields = ("vendor", "source")


class VendorOrModelFactAdmin(RegisterModelAdmin):
    list_filter = ("vendor", "model")
    list_select_related = ("vendor", "model")
    autocomplete_fields = ("vendor", "model", "source")


@admin.register(UseRestriction)
class UseRestrictionAdmin(VendorOrModelFactAdmin):
    list_display = ("text", "vendor", "model", "weight")
    search_fields = ("text",)


@admin.register(SafetyDocument)
class SafetyDocumentAdmin(VendorOrModelFactAdmin):
    list_display = ("title", "vendor", "model", "url")
    search_fields = ("title", "summary")


@admin.register(ComplianceFlag)
class ComplianceFlagAdmin(VendorOrModelFactAdmin):
    list_display = ("title", "vendor", "model", "category", "severity", "status", "opened", "resolved")
    list_filter = ("status", "severity", "category", "vendor")
    search_fields = ("title", "description")
    date_hierarchy = "opened"


@admin.register(SafetyEvaluation)
class SafetyEvaluationAdmin(RegisterModelAdmin):
    list_display = ("name", "model", "value", "unit", "condition")
    list_filter = ("model",)
    search_fields = ("name", "model__name", "condition")
    list_select_related = ("model",)
    autocomplete_fields = ("model", "source")


@admin.register(ModelAvailability)
class ModelAvailabilityAdmin(RegisterModelAdmin):
    list_display = ("model", "channel", "note")
    list_filter = ("channel",)
    search_fields = ("model__name", "channel__name", "note")
    list_select_related = ("model", "channel")
    autocomplete_fields = ("model", "channel", "source")


@admin.register(ContinuityLink)
class ContinuityLinkAdmin(RegisterModelAdmin):
    list_display = ("from_model", "to_model", "kind")
    list_filter = ("kind",)
    search_fields = ("from_model__name", "to_model__name", "rationale")
    list_select_related = ("from_model", "to_model")
    autocomplete_fields = ("from_model", "to_model", "source")

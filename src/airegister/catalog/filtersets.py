"""Filtersets: one class per model drives both the UI list filters and the API query parameters."""

import django_filters
from django.db.models import Count, Q

from .choices import ChannelKindChoices, LifecycleStatusChoices, TierChoices
from .models import AIModel, Channel, ComplianceFlag, DataTerm, Vendor


class SearchFilterSet(django_filters.FilterSet):
    """Adds `q`, a case-insensitive search over `search_fields`."""

    search_fields: tuple[str, ...] = ()
    q = django_filters.CharFilter(method="search", label="Search")

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)


def with_active_flag_count(queryset):
    """Models annotated with `active_flag_count`: their own active flags plus their vendor's."""
    return queryset.annotate(
        own_flags=Count("compliance_flags", filter=Q(compliance_flags__status="active"), distinct=True),
        vendor_flags=Count(
            "vendor__compliance_flags",
            filter=Q(vendor__compliance_flags__status="active", vendor__compliance_flags__model__isnull=True),
            distinct=True,
        ),
    )


class AIModelFilterSet(SearchFilterSet):
    search_fields = ("name", "family", "vendor__name", "capability_notes", "availability_summary")
    vendor = django_filters.ModelMultipleChoiceFilter(
        field_name="vendor__slug", to_field_name="slug", queryset=Vendor.objects.all(), label="Vendor"
    )
    tier = django_filters.MultipleChoiceFilter(choices=TierChoices.choices())
    lifecycle_status = django_filters.MultipleChoiceFilter(choices=LifecycleStatusChoices.choices(), label="Status")
    has_active_flags = django_filters.BooleanFilter(method="filter_active_flags", label="Has active flags")

    class Meta:
        model = AIModel
        fields = ["q", "vendor", "tier", "lifecycle_status", "has_active_flags"]

    def filter_active_flags(self, queryset, name, value):
        if value is None:
            return queryset
        active = ComplianceFlag.objects.filter(status="active")
        flagged = Q(pk__in=active.filter(model__isnull=False).values("model_id")) | Q(
            vendor_id__in=active.filter(model__isnull=True).values("vendor_id")
        )
        return queryset.filter(flagged) if value else queryset.exclude(flagged)


class VendorFilterSet(SearchFilterSet):
    search_fields = ("name", "description")

    class Meta:
        model = Vendor
        fields = ["q", "is_third_party"]


class ChannelFilterSet(SearchFilterSet):
    search_fields = ("name", "operator", "description")
    kind = django_filters.MultipleChoiceFilter(choices=ChannelKindChoices.choices())

    class Meta:
        model = Channel
        fields = ["q", "kind"]


class DataTermFilterSet(SearchFilterSet):
    search_fields = ("statement",)
    vendor = django_filters.CharFilter(field_name="vendor__slug")
    model = django_filters.CharFilter(field_name="model__slug")
    channel = django_filters.CharFilter(field_name="channel__slug")
    attribute = django_filters.CharFilter(field_name="attribute__slug")

    class Meta:
        model = DataTerm
        fields = ["q", "vendor", "model", "channel", "attribute", "value"]

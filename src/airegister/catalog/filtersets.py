"""Filtersets: one class per model drives both the UI list filters and the API query parameters."""

import django_filters
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from airegister.core.api.filters import RegisterFilterSet

from .choices import ChannelKindChoices, FlagStatusChoices, LifecycleStatusChoices, TierChoices
from .models import AIModel, Channel, ComplianceFlag, DataTerm, Vendor


class SearchFilterSet(RegisterFilterSet):
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


def _count(queryset):
    return Coalesce(Subquery(queryset.order_by().values("status").annotate(n=Count("pk")).values("n")[:1]), 0)


def with_active_flag_count(queryset):
    """Models annotated with `active_flag_count`: their own active flags plus their vendor's.

    Correlated subqueries rather than joins: evaluated only for the rows of the page shown, and left out
    of the pagination count.
    """
    active = ComplianceFlag.objects.filter(status=FlagStatusChoices.ACTIVE)
    own = active.filter(model=OuterRef("pk"))
    inherited = active.filter(vendor=OuterRef("vendor_id"), model__isnull=True)
    return queryset.annotate(active_flag_count=_count(own) + _count(inherited))


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
        active = ComplianceFlag.objects.filter(status=FlagStatusChoices.ACTIVE)
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

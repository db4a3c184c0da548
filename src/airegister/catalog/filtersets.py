"""Filtersets: one class per model drives both the UI list filters and the API query parameters."""

import datetime
import json

import django_filters
from django import forms
from django.db import connection
from django.db.models import Count, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field

from airegister.core.api.filters import IntegerFilter
from airegister.core.filtersets import SearchFilterSet

from .choices import (
    ChannelKindChoices,
    FlagStatusChoices,
    LifecycleStatusChoices,
    ModalityChoices,
    RegionChoices,
    TermValueChoices,
    TierChoices,
)
from .models import AIModel, Channel, ComplianceFlag, DataTerm, ModelAvailability, Vendor
from .term_queries import VALUE_ALIASES, criteria_from, match_terms


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


MODALITY_CHOICES = [*ModalityChoices.choices(), ("pdf", "PDF")]
OPEN_WEIGHTS_CHOICES = [("true", "Yes"), ("false", "No"), ("unknown", "Not recorded")]
MAX_SEARCH_WORDS = 8
MAX_RETIRING_DAYS = 3650


# The API schema states these as they are (a method filter would otherwise be typed from the model field of its
# name, or as any number).
@extend_schema_field({"type": "string", "enum": [value for value, _ in OPEN_WEIGHTS_CHOICES]})
class OpenWeightsFilter(django_filters.ChoiceFilter):
    pass


class AliasSelect(forms.Select):
    """Reads a choice given in any letter case, or by one of its field's aliases, as the choice itself — so that the
    form shows "Yes" chosen for `?hipaa_baa=available`. Anything else is handed on as given, to be refused."""

    aliases: dict = {}

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if not isinstance(value, str):
            return value
        key = self.aliases.get(value.strip().lower(), value.strip()).lower()
        return {str(choice).lower(): choice for choice, _label in self.choices if choice != ""}.get(key, value)


class AliasChoiceField(django_filters.fields.ChoiceField):
    """A choice given in any letter case, or by one of its `aliases` ("available" for "yes")."""

    widget = AliasSelect

    def __init__(self, *args, aliases=None, **kwargs):
        self.aliases = aliases or {}
        super().__init__(*args, **kwargs)
        self.widget.aliases = self.aliases
        valid = [str(choice) for choice, _label in self.choices if choice != ""]
        also = f" (or {', '.join(self.aliases)})" if self.aliases else ""
        self.error_messages["invalid_choice"] = (
            f"“%(value)s” is not a value of this filter: give one of {', '.join(valid)}{also}."
        )


TERM_VALUE_CHOICES = TermValueChoices.choices()


@extend_schema_field({"type": "string", "enum": [*TermValueChoices.values(), *VALUE_ALIASES]})
class TermValueFilter(django_filters.ChoiceFilter):
    """The value of the term that applies to a model on some channel (`term_queries`)."""

    field_class = AliasChoiceField

    def __init__(self, **kwargs):
        super().__init__(
            method="filter_terms", choices=TERM_VALUE_CHOICES, aliases=VALUE_ALIASES, empty_label="Any", **kwargs
        )


@extend_schema_field({"type": "string", "enum": RegionChoices.values()})
class RegionFilter(django_filters.ChoiceFilter):
    field_class = AliasChoiceField

    def __init__(self, **kwargs):
        super().__init__(method="filter_terms", choices=RegionChoices.choices(), empty_label="Any", **kwargs)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_RETIRING_DAYS})
class DaysFilter(IntegerFilter):
    pass


def json_list_contains(field: str, value: str) -> Q:
    """Rows whose JSON list `field` has the element `value` (exactly, case-insensitively), on SQLite and PostgreSQL.

    Matches the element with its quotes in the column's JSON text, so "text" does not match "context". (Neither
    database's JSON containment lookup works on both: SQLite has none.)"""
    return Q(**{f"{field}__icontains": json_text(value, quoted=True)})


def json_text(value: str, quoted: bool = False) -> str:
    """`value` as it appears inside the JSON text each database stores: SQLite keeps Django's json.dumps output
    (non-ASCII as \\u escapes), PostgreSQL's jsonb prints non-ASCII characters as they are."""
    text = json.dumps(value, ensure_ascii=connection.vendor != "postgresql")
    return text if quoted else text[1:-1]


def retiring_within(days: int, today: datetime.date | None = None) -> Q:
    """Models that end within `days` days: the model's own retirement date, or any of its offers', between today
    and today + days (both included)."""
    today = today or timezone.localdate()
    until = today + datetime.timedelta(days=days)
    offers = ModelAvailability.objects.filter(retirement_date__gte=today, retirement_date__lte=until)
    return Q(retirement_date__gte=today, retirement_date__lte=until) | Q(pk__in=offers.values("model_id"))


class AIModelFilterSet(SearchFilterSet):
    """The catalog list's filters, each a query parameter; several values of one filter: any of them (modality:
    all of them). The search matches every word in a name, family, vendor, alias or a channel's model id."""

    vendor = django_filters.ModelMultipleChoiceFilter(
        field_name="vendor__slug", to_field_name="slug", queryset=Vendor.objects.order_by("name"), label="Vendor"
    )
    channel = django_filters.ModelMultipleChoiceFilter(
        method="filter_channel", to_field_name="slug", queryset=Channel.objects.order_by("name"),
        label="Offered on",
    )
    modality = django_filters.MultipleChoiceFilter(
        method="filter_modality", choices=MODALITY_CHOICES, label="Modality (all of)"
    )
    open_weights = OpenWeightsFilter(
        method="filter_open_weights", choices=OPEN_WEIGHTS_CHOICES, label="Open weights", empty_label="Any"
    )
    tier = django_filters.MultipleChoiceFilter(choices=TierChoices.choices())
    lifecycle_status = django_filters.MultipleChoiceFilter(choices=LifecycleStatusChoices.choices(), label="Status")
    retiring_within = DaysFilter(
        method="filter_retiring_within", label="Retiring within (days)", min_value=1, max_value=MAX_RETIRING_DAYS
    )
    has_active_flags = django_filters.BooleanFilter(method="filter_active_flags", label="Has active flags")
    # Data-handling terms, on some channel (on one of `channel`'s when given), inheritance applied: see
    # `filter_queryset` and `term_queries`.
    hipaa_baa = TermValueFilter(label="HIPAA BAA")
    zero_retention = TermValueFilter(label="Zero retention")
    training_on_customer_data = TermValueFilter(label="Trains on customer data")
    residency = RegionFilter(label="Data residency in")

    class Meta:
        model = AIModel
        fields = [
            "q", "vendor", "channel", "modality", "open_weights", "tier", "lifecycle_status", "retiring_within",
            "has_active_flags", "hipaa_baa", "zero_retention", "training_on_customer_data", "residency",
        ]

    # {model id: [term_queries.ChannelMatch]} of the last filtering with a term filter (None: none asked), so
    # that a list can name the channels each model matched on.
    term_matches: dict | None = None

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        criteria = criteria_from(self.form.cleaned_data)
        if not criteria:
            return queryset
        chosen = self.form.cleaned_data.get("channel")
        channel_ids = [channel.pk for channel in chosen] if chosen else None
        rows = queryset.order_by().values_list("pk", "vendor_id")
        self.term_matches = match_terms(rows, criteria, channel_ids)
        return queryset.filter(pk__in=list(self.term_matches))

    def filter_terms(self, queryset, name, value):
        return queryset  # applied together, once every other filter has narrowed the models (`filter_queryset`)

    def search(self, queryset, name, value):
        words = value.split()[:MAX_SEARCH_WORDS]
        for word in words:
            offers = ModelAvailability.objects.filter(channel_model_id__icontains=word).values("model_id")
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(slug__icontains=word)
                | Q(family__icontains=word)
                | Q(vendor__name__icontains=word)
                | Q(aliases__icontains=json_text(word))
                | Q(pk__in=offers)
            )
        return queryset

    # The hint is for the API schema (drf-spectacular reads it): each `channel` parameter is a channel's slug. The
    # filter itself hands over the Channel records those slugs name.
    def filter_channel(self, queryset, name, value: str):
        if not value:
            return queryset
        offered = ModelAvailability.objects.filter(channel__in=value).values("model_id")
        return queryset.filter(pk__in=offered)

    def filter_modality(self, queryset, name, value):
        for modality in value:
            queryset = queryset.filter(
                json_list_contains("input_modalities", modality) | json_list_contains("output_modalities", modality)
            )
        return queryset

    def filter_open_weights(self, queryset, name, value):
        if value == "unknown":
            return queryset.filter(open_weights__isnull=True)
        if value in ("true", "false"):
            return queryset.filter(open_weights=value == "true")
        return queryset

    def filter_retiring_within(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(retiring_within(value))

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


def with_list_columns(queryset, today: datetime.date | None = None):
    """The catalog list's computed columns, as correlated subqueries (evaluated for the page's rows only, left out
    of the pagination count): `active_flag_count`, `offer_count` (channels the model is offered on) and
    `next_offer_retirement` (the earliest retirement date of its offers from today on)."""
    today = today or timezone.localdate()
    offers = ModelAvailability.objects.filter(model=OuterRef("pk")).order_by().values("model")
    return with_active_flag_count(queryset).annotate(
        offer_count=Coalesce(Subquery(offers.annotate(n=Count("pk")).values("n")[:1]), 0),
        next_offer_retirement=Subquery(
            offers.filter(retirement_date__gte=today).annotate(d=Min("retirement_date")).values("d")[:1]
        ),
    )

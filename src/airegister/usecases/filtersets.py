import django_filters

from airegister.catalog.models import AIModel
from airegister.core.filtersets import SearchFilterSet

from .choices import UseCaseStatusChoices
from .models import DataClass, Region, UseCase


class UseCaseFilterSet(SearchFilterSet):
    """Drives both the use-case list's side bar and the API's query parameters."""

    search_fields = ("name", "owner", "description")
    status = django_filters.MultipleChoiceFilter(choices=UseCaseStatusChoices.choices())
    model = django_filters.ModelMultipleChoiceFilter(
        field_name="model__slug", to_field_name="slug", queryset=AIModel.objects.all(), label="Model"
    )
    data_class = django_filters.ModelMultipleChoiceFilter(
        field_name="data_classes__slug", to_field_name="slug", queryset=DataClass.objects.all(), label="Data class",
        distinct=True,
    )
    region = django_filters.ModelMultipleChoiceFilter(
        field_name="regions__slug", to_field_name="slug", queryset=Region.objects.all(), label="Region", distinct=True
    )

    class Meta:
        model = UseCase
        fields = ["q", "status", "model", "data_class", "region"]

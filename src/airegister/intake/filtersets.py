import django_filters

from airegister.catalog.models import AIModel
from airegister.core.filtersets import SearchFilterSet
from airegister.sources.choices import FactFieldChoices, ProposedFactStatusChoices
from airegister.sources.models import SourceDocument

from .choices import FoundByChoices
from .models import ProposedFact


class ProposedFactFilterSet(SearchFilterSet):
    search_fields = ("model_name", "excerpt", "snapshot__document__title")
    status = django_filters.MultipleChoiceFilter(choices=ProposedFactStatusChoices.choices())
    document = django_filters.ModelChoiceFilter(
        field_name="snapshot__document", to_field_name="slug", queryset=SourceDocument.objects.all(),
        label="Source",
    )
    model = django_filters.ModelChoiceFilter(
        field_name="model", to_field_name="slug", queryset=AIModel.objects.all(), label="Model"
    )
    field = django_filters.MultipleChoiceFilter(choices=FactFieldChoices.choices(), label="Fact")
    unlinked = django_filters.BooleanFilter(field_name="model", lookup_expr="isnull", label="Not in the register")
    found_by = django_filters.ChoiceFilter(choices=FoundByChoices.choices(), label="Found by")

    class Meta:
        model = ProposedFact
        fields = ["q", "status", "document", "model", "field", "unlinked", "found_by"]

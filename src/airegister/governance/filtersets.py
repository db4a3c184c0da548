import django_filters
from django.utils import timezone

from airegister.core.filtersets import SearchFilterSet

from .choices import AssessmentStatusChoices, DueStateChoices, RiskRatingChoices
from .models import Assessment, Control


class AssessmentFilterSet(SearchFilterSet):
    """Drives the assessment list's side bar and the API's query parameters."""

    search_fields = ("subject_name", "control__name", "summary")
    status = django_filters.MultipleChoiceFilter(choices=AssessmentStatusChoices.choices())
    risk_rating = django_filters.MultipleChoiceFilter(choices=RiskRatingChoices.choices(), label="Risk rating")
    control = django_filters.ModelMultipleChoiceFilter(
        field_name="control__slug", to_field_name="slug", queryset=Control.objects.all(), label="Control"
    )
    due = django_filters.ChoiceFilter(
        choices=DueStateChoices.choices(), method="filter_due", label="Next review", empty_label="Any"
    )
    subject = django_filters.CharFilter(
        method="filter_subject", label="Subject", help_text="app.model:id, e.g. catalog.vendor:1"
    )

    class Meta:
        model = Assessment
        fields = ["q", "status", "risk_rating", "control", "due", "subject"]

    def filter_due(self, queryset, name, value):
        today = timezone.localdate()
        if value == DueStateChoices.OVERDUE:
            return queryset.overdue(today)
        if value == DueStateChoices.DUE_SOON:
            return queryset.due_soon(today)
        return queryset.scheduled().exclude(pk__in=queryset.overdue(today)).exclude(pk__in=queryset.due_soon(today))

    def filter_subject(self, queryset, name, value):
        type_part, _, pk = value.partition(":")
        app_label, _, model = type_part.partition(".")
        if not (app_label and model and pk.isdigit()):
            return queryset.none()
        return queryset.filter(subject_type__app_label=app_label, subject_type__model=model, subject_id=int(pk))

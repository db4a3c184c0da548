from django import forms

from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import DataClass, Region

from .models import RequirementProfile


class SlugChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, queryset, label, noun, **kwargs):
        super().__init__(queryset=queryset, to_field_name="slug", required=False, label=label, **kwargs)
        self.widget = forms.CheckboxSelectMultiple()
        self.noun = noun

    def clean(self, value):
        valid = [e.slug for e in self.queryset]
        self.error_messages["invalid_choice"] = f"Unknown {self.noun} “%(value)s”; valid: {', '.join(valid)}."
        return super().clean([v.strip().lower() for v in value] if isinstance(value, list) else value)


class CheckForm(forms.Form):
    """The workload of a requirement check; the same names as the API's parameters."""

    data_classes = SlugChoiceField(DataClass.objects.all(), "Data classes", "data class")
    regions = SlugChoiceField(Region.objects.all(), "Regions", "region")
    capabilities = forms.MultipleChoiceField(
        choices=CapabilityChoices.choices(), required=False, widget=forms.CheckboxSelectMultiple,
        label="Required capabilities",
    )
    profile = forms.ModelChoiceField(
        queryset=RequirementProfile.objects.all(), to_field_name="slug", required=False,
        empty_label="Default profile", label="Requirement profile",
    )

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not any(cleaned.get(k) for k in ("data_classes", "regions", "capabilities")):
            raise forms.ValidationError("Choose at least one data class, region or capability.")
        return cleaned


class DaysForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=3650, required=False, label="Retiring within (days)")

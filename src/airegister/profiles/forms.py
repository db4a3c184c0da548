from django import forms

from airegister.requirements.forms import SlugChoiceField
from airegister.requirements.models import DataClass, Region


class CompareCheckForm(forms.Form):
    """The workload whose check verdicts the compare page shows; none chosen: no verdicts."""

    data_classes = SlugChoiceField(DataClass.objects.all(), "Data classes", "data class")
    regions = SlugChoiceField(Region.objects.all(), "Regions", "region")

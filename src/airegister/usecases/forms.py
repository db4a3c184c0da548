from django import forms
from django.utils.text import slugify

from airegister.catalog.models import AIModel, Channel
from airegister.core.admin_base import ConcurrencyFormMixin
from airegister.requirements.choices import CapabilityChoices
from airegister.requirements.models import RequirementProfile

from .choices import UseCaseStatusChoices
from .models import DataClass, Region, UseCase


class UseCaseForm(ConcurrencyFormMixin, forms.ModelForm):
    """Create or edit a use case; a stale edit (someone saved meanwhile) is refused by ConcurrencyFormMixin."""
    wide_fields = ("description", "change_message")  # spanning the form grid (core/includes/form_fields.html)

    capabilities = forms.MultipleChoiceField(
        choices=CapabilityChoices.choices(), required=False, widget=forms.CheckboxSelectMultiple,
        help_text="What the workload needs the model to take in or put out.",
    )
    change_message = forms.CharField(
        required=False, max_length=500, help_text="Optional: why you made this change. Kept in the history."
    )

    class Meta:
        model = UseCase
        fields = [
            "name", "slug", "owner", "status", "description", "model", "channel", "profile", "data_classes",
            "regions", "capabilities",
        ]
        widgets = {
            "data_classes": forms.CheckboxSelectMultiple,
            "regions": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"slug": "Leave empty to derive it from the name."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["model"].queryset = AIModel.objects.select_related("vendor").order_by("name")
        self.fields["model"].label_from_instance = lambda m: f"{m.name} ({m.vendor.name})" if m.vendor else m.name
        self.fields["channel"].queryset = Channel.objects.all()
        self.fields["profile"].queryset = RequirementProfile.objects.all()
        self.fields["profile"].empty_label = "The default profile"
        self.fields["profile"].help_text = ""
        self.fields["data_classes"].queryset = DataClass.objects.all()
        self.fields["regions"].queryset = Region.objects.all()

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or slugify(self.data.get(self.add_prefix("name"), ""))[:100]
        if not slug:
            raise forms.ValidationError("Give a slug (letters, digits, hyphens) or a name to derive it from.")
        return slug


class UseCaseImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="UTF-8, first row the column names. Nothing is stored unless every row is valid.",
    )


def status_choices_text() -> str:
    return ", ".join(UseCaseStatusChoices.values())

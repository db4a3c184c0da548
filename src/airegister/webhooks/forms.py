from django import forms

from .choices import EventTypeChoices
from .models import WebhookEndpoint


class WebhookEndpointForm(forms.ModelForm):
    wide_fields = ("event_types",)  # spanning the form grid (core/includes/form_fields.html)
    url = forms.URLField(
        max_length=500, assume_scheme="https", label="URL", help_text=WebhookEndpoint._meta.get_field("url").help_text
    )
    event_types = forms.MultipleChoiceField(
        choices=EventTypeChoices.choices(), widget=forms.CheckboxSelectMultiple, required=False,
        help_text="The events sent to this endpoint.",
    )
    secret = forms.CharField(
        max_length=200, required=False, widget=forms.PasswordInput(render_value=False),
        help_text="At least 16 characters, shared with the receiver. Leave empty to keep the current secret.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["name", "url", "secret", "event_types", "enabled"]

    def clean_secret(self):
        secret = self.cleaned_data.get("secret", "")
        if not secret:
            if self.instance.pk and self.instance.secret:
                return self.instance.secret  # kept
            raise forms.ValidationError(
                "An endpoint needs a secret: the receiver checks each event's signature with it."
            )
        return secret
